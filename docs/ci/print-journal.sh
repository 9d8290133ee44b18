#!/usr/bin/env bash
# Prints the requests the emulator received, newest first, each with its answer: for the log of a CI job whose
# tests failed.
#
#   print-journal.sh [how many]     default: 50
#
# EMULATOR_PORT (8080) is the emulator's port. Bodies are cut at 2,000 characters here (the journal keeps
# 65,536); the whole entry is GET /emulator/v1/requests.
set -uo pipefail
port="${EMULATOR_PORT:-8080}"
limit="${1:-50}"
journal=$(curl -sf "http://localhost:$port/emulator/v1/requests?limit=$limit") || {
    echo "the emulator at localhost:$port did not answer" >&2
    exit 1
}
if ! command -v python3 > /dev/null; then
    echo "$journal"
    exit 0
fi
echo "$journal" | python3 -c '
import json, sys
for r in json.load(sys.stdin)["requests"]:
    print("#%s %s %s %s -> %s%s" % (r["sequence"], r["time"], r["method"], r["path"] + ("?" + r["query"] if r["query"] else ""),
          r["status"], "  Idempotency-Key: " + r["idempotencyKey"] if r["idempotencyKey"] else ""))
    for name in ("requestBody", "responseBody"):
        if r[name]:
            print("  %s: %s" % (name, r[name][:2000]))
'
