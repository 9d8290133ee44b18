#!/usr/bin/env python3
"""Soak run: about one million mixed requests against the packaged emulator, sampling what must level off.

The mix (bench/wrk/soak.lua): 2% new tokens, 12% keyed invoice creations (a new Idempotency-Key each), 15% unkeyed
invoice creations, 0.5% executes of prepared splits, 15% account reads, the rest invoice reads. Tokens last 3 minutes
and Idempotency-Keys are kept 3 minutes (instead of 1 hour and 24 hours), so that their purges act within the run.
Every 10 s, and for two minutes after the load: heap in use after a full GC, RSS, open files, threads, and the sizes
of the token store and the Idempotency-Key table (GET /q/health/group/state). Not part of CI.
Build first: ./mvnw -B -q install -DskipTests. Table: bench/target/soak.md.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the benchmark's server and client helpers)

LIFETIME = "3m"


def heap_after_gc_mib(pid):
    jcmd = os.path.join(os.path.dirname(shutil.which("java")), "jcmd")
    subprocess.run([jcmd, str(pid), "GC.run"], capture_output=True, check=True)
    info = subprocess.run([jcmd, str(pid), "GC.heap_info"], capture_output=True, text=True, check=True).stdout
    # the old generation right after a full collection: what the server keeps alive
    return int(re.search(r"tenured generation\s+total \d+K, used (\d+)K", info).group(1)) / 1024


def sample(server, started, requests_done):
    pid = server.process.pid
    with open(f"/proc/{pid}/status") as f:
        status = f.read()
    threads = int(re.search(r"Threads:\s+(\d+)", status).group(1))
    fds = len(os.listdir(f"/proc/{pid}/fd"))
    client = bench.Client(server.port)
    _, health = client.request("GET", "/q/health/group/state")
    data = health["checks"][0]["data"]
    return {"seconds": round(time.monotonic() - started), "requests": requests_done(),
            "heap": round(heap_after_gc_mib(pid), 1), "rss": round(server.rss_mib()), "fds": fds,
            "threads": threads, "tokens": data["tokens"], "keys": data["idempotencyKeys"],
            "file": round(bench.h2_file_mib(server.workdir) or 0, 1)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=1_000_000)
    parser.add_argument("--chunk", type=int, default=60, help="seconds per wrk run")
    parser.add_argument("--after", type=int, default=120, help="seconds of sampling after the load")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--splits", type=int, default=4000)
    args = parser.parse_args()
    if not os.path.exists(bench.JVM_ARGFILE):
        sys.exit(f"{bench.JVM_ARGFILE} is missing: build first (./mvnw -B -q install -DskipTests)")
    bench.ensure_tools()
    work = os.path.join(bench.TARGET, "soak")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    server = bench.Server("emulator", [
        "java", "@" + bench.JVM_ARGFILE, f"-Dquarkus.http.port={(port := bench.free_port())}",
        "-Dquarkus.http.host=127.0.0.1", f"-Demulator.token-lifetime={LIFETIME}",
        f"-Demulator.idempotency.retention={LIFETIME}", "-jar", bench.JAR], port, work)
    server.start()
    samples = []
    total = [0]
    try:
        token = bench.token(port)
        bench.log(f"preparing {args.splits} splits")
        splits, _ = bench.prepare_splits(server, token, args.splits)
        # the reads' invoices are none of those (a split invoice is gone once executed, S1)
        account = bench.new_account(bench.Client(port, token))
        body = json.dumps(bench.invoice_body(account, 2))

        def create_invoice(local, _):
            if not hasattr(local, "client"):
                local.client = bench.Client(port, token)
            return local.client.ok("POST", "/v1/invoices", body)["id"]

        invoices = bench.parallel(create_invoice, range(1000))
        invoices_file = bench.write_ids(os.path.join(work, "invoices.txt"), invoices)
        splits_file = bench.write_ids(os.path.join(work, "splits.txt"), splits)
        started = time.monotonic()
        stop = threading.Event()

        def sampler():
            while not stop.is_set():
                samples.append(sample(server, started, lambda: total[0]))
                bench.log(f"sample {samples[-1]}")
                stop.wait(10)

        thread = threading.Thread(target=sampler, daemon=True)
        thread.start()
        non2xx = 0
        while total[0] < args.requests:
            token = bench.token(port)  # each wrk run starts with a live token; it then adopts new ones
            out = subprocess.run(
                ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.chunk}s",
                 "-s", os.path.join(bench.BENCH, "wrk", "soak.lua"), f"http://127.0.0.1:{port}", "--",
                 invoices_file, splits_file, token, str(args.threads), account, bench.TOKEN_FORM],
                check=True, capture_output=True, text=True)
            total[0] += int(re.search(r"(\d+) requests in", out.stdout).group(1))
            non2xx += int((re.search(r"Non-2xx or 3xx responses: (\d+)", out.stdout) or [0, 0])[1])
            for line in sorted(set(out.stderr.splitlines()))[:10]:
                bench.log(line)
            bench.log(f"{total[0]:,} requests so far, {non2xx} not 2xx")
        time.sleep(args.after)
        stop.set()
        thread.join()
        samples.append(sample(server, started, lambda: total[0]))
    finally:
        server.stop()
    # the H2 file beside the data it holds (a copy compacted by H2, as bench/run measures it)
    stopped, live = bench.h2_file_mib(work), bench.h2_live_mib(work, work)
    columns = ["seconds", "requests", "heap", "rss", "fds", "threads", "tokens", "keys", "file"]
    header = ("| s | requests | heap after GC (MiB) | RSS (MiB) | open files | threads | tokens | "
              "Idempotency-Keys | H2 file (MiB) |\n|---|---|---|---|---|---|---|---|---|\n")
    rows = "".join("| " + " | ".join(f"{s[c]:,}" if isinstance(s[c], int) else str(s[c]) for c in columns)
                   + " |\n" for s in samples)
    file_line = (f"H2 file after the stop: {stopped:.0f} MiB over {live:.0f} MiB of live data ({stopped / live:.1f}x); "
                 f"at the last sample {samples[-1]['file']:.0f} MiB ({samples[-1]['file'] / live:.1f}x).\n\n"
                 if stopped and live else "")
    text = (f"# Soak run\n\n{total[0]:,} requests ({non2xx} not 2xx); tokens and Idempotency-Keys kept "
            f"{LIFETIME}.\n\n" + file_line + header + rows)
    with open(os.path.join(bench.TARGET, "soak.md"), "w") as f:
        f.write(text)
    with open(os.path.join(bench.TARGET, "soak.json"), "w") as f:
        json.dump(samples, f, indent=1)
    print(text)


if __name__ == "__main__":
    main()
