#!/usr/bin/env bash
# Starts the packaged emulator in the background, in memory, and waits until it is ready (at most 60 s).
#
#   start-emulator.sh [path/to/quarkus-run.jar]     default: server/target/quarkus-app/quarkus-run.jar
#
# EMULATOR_PORT (8080) is its port; EMULATOR_STORAGE (memory) and every other setting of docs/configuration.md
# pass through the environment. Its log goes to emulator.log and its process ID to emulator.pid, in the current
# directory. Stop it with: kill "$(cat emulator.pid)"
set -euo pipefail
jar="${1:-server/target/quarkus-app/quarkus-run.jar}"
port="${EMULATOR_PORT:-8080}"
if [ ! -f "$jar" ]; then
    echo "no emulator jar at $jar: build it with ./mvnw -B -q install -DskipTests" >&2
    exit 1
fi
options=()
# the JVM options and class archive the build wrote beside the jar, when it did
if [ -f "$(dirname "$jar")/emulator.jvm" ]; then
    options+=("@$(dirname "$jar")/emulator.jvm")
fi
EMULATOR_STORAGE="${EMULATOR_STORAGE:-memory}" nohup java "${options[@]}" -Dquarkus.http.port="$port" \
    -jar "$jar" > emulator.log 2>&1 &
echo $! > emulator.pid
for _ in $(seq 1 600); do
    if curl -sf "http://localhost:$port/q/health/ready" > /dev/null; then
        echo "the emulator is ready on http://localhost:$port (process $(cat emulator.pid), log emulator.log)"
        exit 0
    fi
    if ! kill -0 "$(cat emulator.pid)" 2> /dev/null; then
        echo "the emulator exited; its log:" >&2
        cat emulator.log >&2
        exit 1
    fi
    sleep 0.1
done
echo "the emulator was not ready within 60 s; its log:" >&2
cat emulator.log >&2
exit 1
