#!/usr/bin/env python3
"""The emulator against a canned mock, in one run: start time, execute accept rate, reads, memory; and for the
emulator alone, split completion under load, large splits and reads as the database grows.

Both servers run on loopback, one after the other, with the same requests from wrk (2 threads, 32 connections by
default). The baseline is WireMock standalone without request journal, answering the same paths with fixed bodies
(bench/wiremock/mappings). Absolute figures move with the machine's load: read the ratios.
Usage: bench/run [--help for options]. Build first: ./mvnw -B -q install -DskipTests
"""

import argparse
import glob
import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
TARGET = os.path.join(BENCH, "target")
JAR = os.path.join(ROOT, "server", "target", "quarkus-app", "quarkus-run.jar")
# the JVM options of the README's start command, written by the build's startup training run
JVM_ARGFILE = os.path.join(ROOT, "server", "target", "quarkus-app", "emulator.jvm")
# the PostgreSQL build (./mvnw -B -q install -DskipTests -Ppostgresql), for the databases section
PG_JAR = os.path.join(ROOT, "server", "target", "postgresql", "quarkus-run.jar")
PG_ARGFILE = os.path.join(ROOT, "server", "target", "postgresql", "emulator.jvm")
WIREMOCK_VERSION = "3.13.1"
CLIENT_ID = "00000000-0000-0000-0000-000000000001"
CLIENT_SECRET = "emulator-secret"
TOKEN_FORM = urllib.parse.urlencode(
    {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "grant_type": "client_credentials"})


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_tools():
    os.makedirs(TARGET, exist_ok=True)
    if shutil.which("wrk") is None:
        log("installing wrk")
        if subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"]).returncode != 0:
            subprocess.run(["apt-get", "update", "-qq"], check=True)  # a fresh machine has no package lists
            subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)
    jar = os.path.join(TARGET, f"wiremock-standalone-{WIREMOCK_VERSION}.jar")
    if not os.path.exists(jar):
        log(f"fetching WireMock standalone {WIREMOCK_VERSION} with Maven")
        subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "dependency:copy",
                        f"-Dartifact=org.wiremock:wiremock-standalone:{WIREMOCK_VERSION}",
                        f"-DoutputDirectory={TARGET}"], check=True, cwd=TARGET)
    return jar


class Server:
    """A server process on a free loopback port, with its start time and memory."""

    def __init__(self, name, command, port, workdir):
        self.name, self.command, self.port, self.workdir = name, command, port, workdir
        self.process = None

    def start(self):
        os.makedirs(self.workdir, exist_ok=True)
        out = open(os.path.join(self.workdir, "server.log"), "wb")
        started = time.monotonic()
        self.process = subprocess.Popen(self.command, cwd=self.workdir, stdout=out, stderr=subprocess.STDOUT)
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited: see {self.workdir}/server.log")
            try:
                status, _ = Client(self.port).request("POST", "/oauth/token", TOKEN_FORM,
                                                      "application/x-www-form-urlencoded")
                if status == 200:
                    return time.monotonic() - started
            except OSError:
                pass
            if time.monotonic() - started > 120:
                raise RuntimeError(f"{self.name} did not answer within 120 s")
            time.sleep(0.005)

    def rss_mib(self):
        with open(f"/proc/{self.process.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class Client:
    """A keep-alive HTTP/1.1 connection; one per thread."""

    def __init__(self, port, token=None):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        self.token = token

    def request(self, method, path, body=None, content_type="application/json"):
        headers = {}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        if body is not None:
            headers["Content-Type"] = content_type
            if not isinstance(body, str):
                body = json.dumps(body)
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        data = response.read()
        return response.status, (json.loads(data) if data else None)

    def ok(self, method, path, body=None):
        status, answer = self.request(method, path, body)
        if status != 200:
            raise RuntimeError(f"{method} {path}: {status} {answer}")
        return answer


def token(port):
    status, answer = Client(port).request("POST", "/oauth/token", TOKEN_FORM, "application/x-www-form-urlencoded")
    assert status == 200, answer
    return answer["access_token"]


def emulator(args, name, workdir, properties=(), jar=JAR, jvm_argfile=JVM_ARGFILE):
    port = free_port()
    argfile = [] if args.plain_jvm else ["@" + jvm_argfile]
    command = ["java", *argfile, *args.emulator_java_opts.split(), f"-Dquarkus.http.port={port}",
               "-Dquarkus.http.host=127.0.0.1", *[f"-D{p}" for p in properties], "-jar", jar]
    return Server(name, command, port, workdir)


def wiremock(jar, workdir):
    port = free_port()
    command = ["java", "-jar", jar, "--port", str(port), "--bind-address", "127.0.0.1", "--no-request-journal",
               "--disable-banner", "--root-dir", os.path.join(BENCH, "wiremock")]
    return Server("wiremock", command, port, workdir)


def run_wrk(port, ids_file, mode, token_value, args, duration=None):
    """wrk over the IDs of a file; returns requests/s, p50 and p99 in ms, requests, errors and wraps."""
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{duration or args.duration}s", "--latency",
               "-s", os.path.join(BENCH, "wrk", "ids.lua"), f"http://127.0.0.1:{port}", "--",
               ids_file, mode, token_value, str(args.threads)]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
              "requests": int(re.search(r"(\d+) requests in", out).group(1)),
              "non2xx": int((re.search(r"Non-2xx or 3xx responses: (\d+)", out) or [0, 0])[1]),
              "wraps": int(re.search(r"WRAPS (\d+)", out).group(1)),
              "sent_until": {int(t): int(i) for t, i in re.findall(r"SENT (\d+) (\d+)", out)}}
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    result["socket_errors"] = sum(int(g) for g in errors.groups()) if errors else 0
    for pct in ("50", "99"):
        value, unit = re.search(rf"\s{pct}%\s+([\d.]+)(us|ms|s)", out).groups()
        result["p" + pct] = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    return result


def warm_up(port, reads_file, execute_file, accounts_file, token_value, args):
    """Every kind of request, kept out of the figures, so that both servers are measured warm."""
    run_wrk(port, reads_file, "read", token_value, args, duration=args.warmup)
    run_wrk(port, execute_file, "execute", token_value, args, duration=max(1, args.warmup // 2))
    if accounts_file:
        run_wrk(port, reads_file, "create", token_value, args, duration=max(1, args.warmup // 3))
        run_wrk(port, accounts_file, "invoice", token_value, args, duration=max(1, args.warmup // 3))


def write_ids(path, ids):
    with open(path, "w") as f:
        f.write("\n".join(ids) + "\n")
    return path


def parallel(function, items, workers=8):
    local = threading.local()

    def call(item):
        return function(local, item)

    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(call, items))


def new_account(client):
    return client.ok("POST", "/v1/accounts", {
        "name": "Bench", "currency": "USD", "billToContact": {"firstName": "B", "lastName": "Ench"}})["accountId"]


def invoice_body(account_id, items):
    return {"accountId": account_id, "invoiceDate": "2026-01-01", "invoiceItems": [
        {"amount": round(10 + i % 90 + (i % 100) / 100, 2), "chargeName": f"Line {i + 1}",
         "serviceStartDate": "2026-01-01"} for i in range(items)]}


def prepare_splits(server, token_value, count, items=2, ways=2):
    """Draft invoices of `items` items, each with an InvoiceSplit of `ways` items: returns (split ids, invoice ids)."""
    setup = Client(server.port, token_value)
    account_id = new_account(setup)
    body = json.dumps(invoice_body(account_id, items))

    def create_invoice(local, _):
        if not hasattr(local, "client"):
            local.client = Client(server.port, token_value)
        status, answer = local.client.request("POST", "/v1/invoices", body)
        assert status == 200, answer
        return answer["id"]

    invoices = parallel(create_invoice, range(count))
    percentages = percentages_of(ways)

    def create_splits(local, chunk):
        if not hasattr(local, "client"):
            local.client = Client(server.port, token_value)
        answer = local.client.ok("POST", "/v1/action/create", {
            "type": "InvoiceSplit", "objects": [{"InvoiceId": i} for i in chunk]})
        splits = [r["Id"] for r in answer]
        objects = [{"InvoiceSplitId": s, "SplitPercentage": p, "InvoiceDate": "2026-02-01"}
                   for s in splits for p in percentages]
        for start in range(0, len(objects), 50):
            for r in local.client.ok("POST", "/v1/action/create",
                                     {"type": "InvoiceSplitItem", "objects": objects[start:start + 50]}):
                assert r["Success"], r
        return splits

    chunks = [invoices[i:i + 50] for i in range(0, len(invoices), 50)]
    splits = [s for chunk in parallel(create_splits, chunks) for s in chunk]
    return splits, invoices


def completed_count(client, originals):
    """How many splits are done, their original invoices given in acceptance order: jobs run in that order, so
    the done ones are a prefix, found by binary search (a done split's original invoice is gone, S1)."""
    low, high = 0, len(originals)
    while low < high:
        middle = (low + high) // 2
        status, _ = client.request("GET", f"/v1/invoices/{originals[middle]}")
        if status == 404:
            low = middle + 1
        else:
            high = middle
    return low


def wait_for_split(client, split_id, timeout):
    """Seconds until the split is done, seen as its original invoice being gone (S1); None after the timeout."""
    original = client.ok("GET", f"/v1/object/invoice-split/{split_id}")["InvoiceId"]
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        status, _ = client.request("GET", f"/v1/invoices/{original}")
        if status == 404:
            return time.monotonic() - started
        time.sleep(0.01)
    return None


# the emulator's storage modes (emulator.storage), as the report names them
STORAGE_LABELS = {"file": "H2 file", "memory": "H2 in memory"}


def section_start(args, wiremock_jar, work):
    results = {}
    for name in (*args.storage, "wiremock"):
        times = []
        for run in range(args.starts):
            directory = os.path.join(work, f"start-{name}-{run}")
            server = (wiremock(wiremock_jar, directory) if name == "wiremock"
                      else emulator(args, name, directory, [f"emulator.storage={name}"]))
            try:
                times.append(server.start())
            finally:
                server.stop()
        results[name] = statistics.median(times)
        log(f"start {name}: {', '.join('%.2f s' % t for t in times)}")
    return results


def section_load(args, wiremock_jar, work):
    """Reads, writes, execute accept rate and split completion on the emulator in each storage mode; the same
    requests on WireMock."""
    results = {mode: load_emulator(args, work, mode) for mode in args.storage}
    reads_file, warm_file, accounts_file, exec_file = results[args.storage[0]].pop("files")
    for mode in args.storage[1:]:
        results[mode].pop("files")
    mock = wiremock(wiremock_jar, os.path.join(work, "load-wiremock"))
    mock.start()
    try:
        warm_up(mock.port, reads_file, warm_file, accounts_file, "x", args)
        results["wiremock_reads"] = run_wrk(mock.port, reads_file, "read", "x", args)
        results["wiremock_create"] = run_wrk(mock.port, reads_file, "create", "x", args)
        results["wiremock_invoice"] = run_wrk(mock.port, accounts_file, "invoice", "x", args)
        results["wiremock_execute"] = run_wrk(mock.port, exec_file, "execute", "x", args,
                                              duration=args.execute_duration)
        results["wiremock_rss"] = mock.rss_mib()
    finally:
        mock.stop()
    return results


def load_emulator(args, work, mode):
    """The load section's figures of one emulator in the storage mode given (file: also its H2 file's size)."""
    results = {}
    work = os.path.join(work, f"load-{mode}")
    os.makedirs(work, exist_ok=True)
    server = emulator(args, f"emulator ({mode})", os.path.join(work, "server"), [f"emulator.storage={mode}"])
    server.start()
    file_peak = FilePeak(server.workdir)
    try:
        token_value = token(server.port)
        client = Client(server.port, token_value)
        log(f"preparing {args.execute_splits} 2-item invoices, each with a 2-way InvoiceSplit")
        splits, invoices = prepare_splits(server, token_value, args.execute_splits + 1)
        # executed after the load: once it is done, every split accepted before it has been run (jobs run in
        # the order they were accepted)
        sentinel, sentinel_original = splits.pop(), invoices.pop()
        # correctness first: a read answers the invoice, an execute accepts a split
        assert client.ok("GET", f"/v1/invoices/{invoices[-1]}")["id"] == invoices[-1]
        answer = client.ok("POST", "/v1/action/execute",
                           {"type": "InvoiceSplit", "synchronous": False, "ids": [splits[-1]]})
        assert answer[0]["Success"], answer
        reads_file = write_ids(os.path.join(work, "read-ids.txt"), invoices[:args.read_set])
        warm_file = write_ids(os.path.join(work, "warm-ids.txt"), splits[-1 - args.warmup_splits:-1])
        exec_file = write_ids(os.path.join(work, "split-ids.txt"), splits[:-1 - args.warmup_splits])
        accounts_file = write_ids(os.path.join(work, "account-ids.txt"), [new_account(client)])
        warm_up(server.port, reads_file, warm_file, accounts_file, token_value, args)
        wait_for_split(client, splits[-2], args.drain_timeout)
        log(f"reads: GET /v1/invoices/{{id}} over {args.read_set} of {len(invoices)} invoices")
        results["emulator_reads"] = run_wrk(server.port, reads_file, "read", token_value, args)
        # writes that answer at once: a new InvoiceSplit of a read-set invoice (the prepared splits stay as they
        # are), a new 2-item draft invoice of a fresh account
        log("writes: action/create of InvoiceSplits, POST /v1/invoices")
        results["emulator_create"] = run_wrk(server.port, reads_file, "create", token_value, args)
        results["emulator_invoice"] = run_wrk(server.port, accounts_file, "invoice", token_value, args)
        log("execute: each request a new prepared split")
        accept_started = time.monotonic()
        execute = run_wrk(server.port, exec_file, "execute", token_value, args, duration=args.execute_duration)
        results["emulator_execute"] = execute
        accept_ended = time.monotonic()
        # the splits wrk sent, in about the order they were sent: thread t sent positions t, t+n, ... before
        # its next position (a request in flight when wrk stopped may or may not have been accepted)
        threads = len(execute["sent_until"])
        sent = sorted(p for t, until in execute["sent_until"].items() for p in range(t, until, threads))
        originals = [invoices[p] for p in sent]
        during = completed_count(client, originals)
        answer = client.ok("POST", "/v1/action/execute",
                           {"type": "InvoiceSplit", "synchronous": False, "ids": [sentinel]})
        assert answer[0]["Success"], answer
        while True:
            status, _ = client.request("GET", f"/v1/invoices/{sentinel_original}")
            elapsed = time.monotonic() - accept_started
            if status == 404 or time.monotonic() - accept_ended > args.drain_timeout:
                break
            time.sleep(0.05)
        gone = parallel(lambda local, chunk: sum(
            Client(server.port, token_value).request("GET", f"/v1/invoices/{o}")[0] == 404 for o in chunk),
            [originals[i::8] for i in range(8)])
        done = sum(gone)
        results["completion"] = {"accepted": execute["requests"] - execute["non2xx"], "sent": len(originals),
                                 "accept_seconds": accept_ended - accept_started, "done_during_load": during,
                                 "done": done, "seconds": elapsed, "per_second": done / elapsed,
                                 "drained": status == 404}
        results["emulator_rss"] = server.rss_mib()
        results["files"] = (reads_file, warm_file, accounts_file, exec_file)
        if mode == "memory":
            assert h2_file_mib(server.workdir) is None, "the memory mode wrote an H2 file"
        if mode == "file":
            results["file_after_load"] = h2_file_mib(server.workdir)
            results["file_peak"] = file_peak.stop()
            time.sleep(FILE_SETTLE_SECONDS)
            results["file_settled"] = h2_file_mib(server.workdir)
    finally:
        file_peak.stop()
        server.stop()
    if mode == "file":
        results["file_after_stop"] = h2_file_mib(server.workdir)
        results["file_live"] = h2_live_mib(server.workdir, work)
    return results


# the H2 file is measured again this long after the load, once the emulator has been idle (a figure of the
# space it gives back, not of its peak)
FILE_SETTLE_SECONDS = 30


class FilePeak:
    """The largest size the H2 file reaches, sampled every half second."""

    def __init__(self, workdir):
        self.workdir, self.peak, self.running = workdir, 0.0, True
        self.thread = threading.Thread(target=self.sample, daemon=True)
        self.thread.start()

    def sample(self):
        while self.running:
            self.peak = max(self.peak, h2_file_mib(self.workdir) or 0.0)
            time.sleep(0.5)

    def stop(self):
        self.running = False
        self.thread.join()
        return self.peak


def h2_file_mib(workdir):
    path = os.path.join(workdir, "data", "emulator.mv.db")
    return os.path.getsize(path) / 1024 / 1024 if os.path.exists(path) else None


def h2_live_mib(workdir, work):
    """The size of the data the H2 file holds: a copy of the stopped server's file, fully compacted by H2
    (SHUTDOWN COMPACT rewrites every live page into a new file and drops the rest)."""
    source = os.path.join(workdir, "data", "emulator.mv.db")
    h2 = glob.glob(os.path.join(os.path.dirname(JAR), "lib", "main", "com.h2database.h2-*.jar"))
    if not os.path.exists(source) or not h2:
        return None
    copy = os.path.join(work, "live", "emulator.mv.db")
    os.makedirs(os.path.dirname(copy), exist_ok=True)
    shutil.copyfile(source, copy)
    subprocess.run(["java", "-cp", h2[0], "org.h2.tools.Shell", "-url",
                    "jdbc:h2:file:" + copy[:-len(".mv.db")], "-user", "sa", "-sql", "SHUTDOWN COMPACT"],
                   check=True, stdout=subprocess.DEVNULL)
    size = os.path.getsize(copy) / 1024 / 1024
    shutil.rmtree(os.path.dirname(copy))
    return size


def percentages_of(ways):
    return [100 // ways] * (ways - 1) + [100 - (100 // ways) * (ways - 1)]


def split_by_newer_operation(client, items, ways, timeout):
    """Seconds from `PUT /v1/invoices/{id}/split` of a new N-item invoice, split as the older flow splits it, to the
    split done: the answer when it is Completed, else the operation job polled until Completed; None after the
    timeout."""
    invoice = client.ok("POST", "/v1/invoices", invoice_body(new_account(client), items))["id"]
    started = time.monotonic()
    answer = client.ok("PUT", f"/v1/invoices/{invoice}/split", {
        "splitType": "Percentage", "splits": [{"splitPercentage": p} for p in percentages_of(ways)]})
    status = answer["jobStatus"]
    while status != "Completed" and time.monotonic() - started < timeout:
        assert status == "Pending", answer
        time.sleep(0.01)
        status = client.ok("GET", f"/v1/operations/jobs/{answer['jobId']}")["status"]
    return {"seconds": time.monotonic() - started if status == "Completed" else None,
            "asynchronous": answer["jobStatus"] == "Pending"}


def section_large(args, work):
    """One invoice of N items split 12 ways: execute to the last split invoice; the same by the newer operation."""
    results = {}
    server = emulator(args, "emulator", os.path.join(work, "large"), ["emulator.max-body-size=64M"])
    server.start()
    try:
        token_value = token(server.port)
        client = Client(server.port, token_value)
        for items in args.large:
            splits, _ = prepare_splits(server, token_value, 1, items=items, ways=args.large_ways)
            rss_before = server.rss_mib()
            started = time.monotonic()
            answer = client.ok("POST", "/v1/action/execute",
                               {"type": "InvoiceSplit", "synchronous": False, "ids": splits})
            assert answer[0]["Success"], answer
            waited = wait_for_split(client, splits[0], args.drain_timeout)
            results[items] = {"seconds": None if waited is None else time.monotonic() - started,
                              "rss_before": rss_before, "rss_after": server.rss_mib()}
            results[items]["newer"] = split_by_newer_operation(client, items, args.large_ways, args.drain_timeout)
            log(f"large split of {items} items x {args.large_ways}: {results[items]}")
    except (RuntimeError, AssertionError) as e:
        log(f"large split stopped: {e}")
    finally:
        results["rss_end"] = server.rss_mib() if server.process.poll() is None else None
        server.stop()
    return results


def section_lifecycle(args, work):
    """Decisions L4-L6: posting one member of a 20-invoice split group (the group posted in one transaction),
    deleting a canceled invoice of N items (a job, polled to Completed), and the first page of an account's invoice
    list with few and with many invoices on the account."""
    results = {"post": [], "delete": [], "list": {}}
    server = emulator(args, "emulator", os.path.join(work, "lifecycle"), ["emulator.max-body-size=64M"])
    server.start()
    try:
        token_value = token(server.port)
        client = Client(server.port, token_value)
        account = new_account(client)
        for _ in range(args.lifecycle_rounds):
            invoice = client.ok("POST", "/v1/invoices", invoice_body(account, 20))["id"]
            members = [i["id"] for i in client.ok("PUT", f"/v1/invoices/{invoice}/split", {
                "splitType": "Percentage", "splits": [{"splitPercentage": 5}] * 20})["invoices"]]
            started = time.monotonic()
            client.ok("PUT", f"/v1/object/invoice/{members[7]}", {"Status": "Posted"})
            results["post"].append(time.monotonic() - started)
            assert all(client.ok("GET", f"/v1/invoices/{m}")["status"] == "Posted" for m in members)
        for _ in range(args.lifecycle_rounds):
            invoice = client.ok("POST", "/v1/invoices", invoice_body(account, args.delete_items))["id"]
            client.ok("PUT", f"/v1/object/invoice/{invoice}", {"Status": "Canceled"})
            started = time.monotonic()
            answer = client.ok("DELETE", f"/v1/invoices/{invoice}")
            status = answer["jobStatus"]
            while status != "Completed" and time.monotonic() - started < args.drain_timeout:
                time.sleep(0.01)
                status = client.ok("GET", f"/v1/operations/jobs/{answer['jobId']}")["status"]
            results["delete"].append(time.monotonic() - started if status == "Completed" else None)
            assert client.request("GET", f"/v1/invoices/{invoice}")[0] == 404
        for count in args.list_invoices:
            listed = new_account(client)
            create_invoices(server.port, token_value, listed, count)
            path = f"/v1/transactions/invoices/accounts/{listed}?pageSize=20"
            for _ in range(20):
                client.ok("GET", path)
            times = []
            for _ in range(args.lifecycle_reads):
                started = time.monotonic()
                page = client.ok("GET", path)
                times.append(time.monotonic() - started)
                assert len(page["invoices"]) == 20, page
            results["list"][count] = statistics.median(times)
        log(f"lifecycle: {results}")
    except (RuntimeError, AssertionError) as e:
        log(f"lifecycle stopped: {e}")
    finally:
        server.stop()
    return results


def create_invoices(port, token_value, account, count):
    """`count` one-item Draft invoices of the account, from eight connections."""
    def create(local, _):
        if not hasattr(local, "client"):
            local.client = Client(port, token_value)
        local.client.ok("POST", "/v1/invoices", invoice_body(account, 1))
    parallel(create, range(count))


def lifecycle_lines(args, r):
    def median(values):
        done = [v for v in values if v is not None]
        return f"{statistics.median(done) * 1000:.0f} ms" if len(done) == len(values) and done else "not done"
    lines = [f"| post one member of a 20-invoice split group (`PUT /v1/object/invoice/{{id}}`, the group in one "
             f"transaction; median of {len(r['post'])}) | {median(r['post'])} | | |",
             f"| delete a canceled {args.delete_items:,}-item invoice, DELETE to job Completed (median of "
             f"{len(r['delete'])}) | {median(r['delete'])} | | |"]
    for count, seconds in r["list"].items():
        lines.append(f"| first page (20) of an account's invoice list, {count:,} invoices on the account "
                     f"(median of {args.lifecycle_reads}) | {seconds * 1000:.1f} ms | | |")
    return lines


CONSOLE_SEED_SQL = """
INSERT INTO invoice (id, entity_id, invoice_number, account_id, currency, status, invoice_date, due_date,
       target_date, payment_term, amount, balance, comments, source, source_type, bill_run_id, posted_date,
       splitting_by, created_by_id, created_at, updated_by_id, updated_at, is_split, custom_fields, posted_by,
       auto_pay, transferred_to_accounting, split_from, deleting_by)
SELECT '0000' || LPAD(CAST(r.x AS VARCHAR), 28, '0'), i.entity_id, 'INX' || LPAD(CAST(r.x AS VARCHAR), 8, '0'),
       i.account_id, i.currency, i.status, i.invoice_date, i.due_date, i.target_date, i.payment_term, i.amount,
       i.balance, i.comments, i.source, i.source_type, i.bill_run_id, i.posted_date, i.splitting_by,
       i.created_by_id, i.created_at, i.updated_by_id, i.updated_at, i.is_split, i.custom_fields, i.posted_by,
       i.auto_pay, i.transferred_to_accounting, i.split_from, i.deleting_by
  FROM SYSTEM_RANGE(1, {invoices}) r, (SELECT * FROM invoice WHERE invoice_number = 'INV00000001') i;
"""


def section_console(args, work):
    """The console's pages with --console-invoices invoices stored, all on one account (the worst case for its
    list): a few made through the API (a split, a schedule run), the rest copied by H2's RunScript while no server
    runs; each page timed warm, median and slowest of --console-reads requests."""
    workdir = os.path.join(work, "console")
    server = emulator(args, "emulator", workdir)
    server.start()
    try:
        token_value = token(server.port)
        client = Client(server.port, token_value)
        account = new_account(client)
        invoice = client.ok("POST", "/v1/invoices", invoice_body(account, 2))["id"]
        splits, _ = prepare_splits(server, token_value, 1)
        client.ok("POST", "/v1/action/execute", {"type": "InvoiceSplit", "synchronous": False, "ids": splits})
        wait_for_split(client, splits[0], args.drain_timeout)
        schedule = client.ok("POST", "/v1/invoice-schedules", {
            "accountKey": account, "scheduleItems": [{"amount": 100, "runDate": "2026-02-01"}]})["id"]
        client.ok("POST", f"/v1/invoice-schedules/{schedule}/execute", {})
    finally:
        server.stop()
    script = os.path.join(workdir, "seed.sql")
    with open(script, "w") as f:
        f.write(CONSOLE_SEED_SQL.format(invoices=args.console_invoices))
    h2 = glob.glob(os.path.join(os.path.dirname(JAR), "lib", "main", "com.h2database.h2-*.jar"))[0]
    seeding = time.monotonic()
    subprocess.run(["java", "-cp", h2, "org.h2.tools.RunScript", "-url",
                    "jdbc:h2:file:" + os.path.join(workdir, "data", "emulator"), "-user", "sa", "-script", script],
                   check=True)
    log(f"console: {args.console_invoices:,} invoices copied in {time.monotonic() - seeding:.0f} s")
    middle = "0000" + str(args.console_invoices // 2).rjust(28, "0")
    pages = {
        "overview": "/emulator/console",
        "accounts": "/emulator/console/accounts",
        "an account's invoices, first page": f"/emulator/console/accounts/{account}",
        "an account's invoices, a page half-way through the million": f"/emulator/console/accounts/{account}"
                                                                        f"?before={middle}",
        "an invoice with its items and split group": f"/emulator/console/invoices/{invoice}",
        "search by number (a copied invoice)": "/emulator/console/search?q=INX" + str(args.console_invoices // 3).rjust(8, "0"),
        "splits": "/emulator/console/splits",
        "invoice schedules": "/emulator/console/schedules",
        "a schedule with its bill run": f"/emulator/console/schedules/{schedule}",
        "jobs": "/emulator/console/jobs",
        "journal": "/emulator/console/journal",
    }
    results = {"invoices": args.console_invoices, "pages": {}}
    server.start()
    try:
        token_value = token(server.port)
        client = Client(server.port, token_value)
        stored = client.ok("GET", "/v1/invoices/INX" + str(args.console_invoices).rjust(8, "0"))["invoiceNumber"]
        assert stored.startswith("INX"), stored
        browser = Client(server.port)

        def get(path):
            browser.connection.request("GET", path)
            response = browser.connection.getresponse()
            response.read()
            assert response.status in (200, 303), (path, response.status)

        for _ in range(args.console_reads):
            for path in pages.values():
                get(path)
        writer = Client(server.port, token_value)
        body = json.dumps(invoice_body(account, 1))
        for name, path in pages.items():
            times = []
            for _ in range(args.console_reads):
                # a test writing while a person browses: H2 cannot answer the page from a result it kept
                writer.ok("POST", "/v1/invoices", body)
                started = time.perf_counter()
                get(path)
                times.append(time.perf_counter() - started)
            results["pages"][name] = {"median": statistics.median(times), "max": max(times)}
            log(f"console page {name}: {statistics.median(times) * 1000:.1f} ms median")
    finally:
        server.stop()
    return results


def console_lines(r):
    return [f"| console: {name} ({r['invoices']:,} invoices stored; median / slowest) | "
            f"{t['median'] * 1000:.1f} / {t['max'] * 1000:.1f} ms | | |" for name, t in r["pages"].items()]


def section_scale(args, work):
    """Read throughput with 1k, 100k, 1M... invoices stored: does a read cost the same?"""
    results = {}
    server = emulator(args, "emulator", os.path.join(work, "scale"))
    server.start()
    try:
        token_value = token(server.port)
        client = Client(server.port, token_value)
        account_id = new_account(client)
        body = json.dumps(invoice_body(account_id, 1))
        stored = 0
        create = os.path.join(work, "create-invoice.lua")
        with open(create, "w") as f:
            f.write('wrk.method = "POST"\nwrk.path = "/v1/invoices"\nwrk.body = [[%s]]\n'
                    'wrk.headers["Content-Type"] = "application/json"\n'
                    'wrk.headers["Authorization"] = "Bearer %s"\n' % (body, token_value))
        for level in args.scale:
            while stored < level:
                remaining = level - stored
                if remaining <= 5000:
                    parallel(lambda local, _: Client(server.port, token_value).ok("POST", "/v1/invoices", body),
                             range(remaining))
                else:
                    subprocess.run(["wrk", "-t2", "-c16", f"-d{min(30, remaining // 3000)}s", "-s", create,
                                    f"http://127.0.0.1:{server.port}"], check=True, capture_output=True)
                last = client.ok("POST", "/v1/invoices", body)["invoiceNumber"]
                stored = int(last[3:])
            step = max(1, stored // args.read_set)
            sample = [client.ok("GET", "/v1/invoices/INV%08d" % n)["id"] for n in range(1, stored + 1, step)]
            ids_file = write_ids(os.path.join(work, f"scale-{level}.txt"), sample[:args.read_set])
            if level == args.scale[0]:
                # a fresh server: warm up until the rate stops rising, so the first level is measured warm too
                best = 0
                for run in range(8):
                    rate = run_wrk(server.port, ids_file, "read", token_value, args, duration=args.warmup)["rps"]
                    if run >= 3 and rate < best * 1.1:
                        break
                    best = max(best, rate)
            results[stored] = run_wrk(server.port, ids_file, "read", token_value, args)
            results[stored]["rss"] = server.rss_mib()
            log(f"reads with {stored} invoices stored: {results[stored]['rps']:.0f}/s")
    finally:
        server.stop()
    return results


def section_controls(args, work):
    """The test controls with 10,000 objects stored: snapshot, restore and reset times, and the journal."""
    results = {}
    server = emulator(args, "emulator", os.path.join(work, "controls"))
    server.start()
    try:
        token_value = token(server.port)
        # 500 accounts, each with one invoice of 18 items: 10,000 rows of stored objects
        def account_and_invoice(local, _):
            client = Client(server.port, token_value)
            client.ok("POST", "/v1/invoices", invoice_body(new_account(client), 18))
        parallel(account_and_invoice, range(500))
        admin = Client(server.port)
        state = admin.ok("GET", "/q/health/group/state")["checks"][0]["data"]
        results["journal_entries"], results["journal_bytes"] = state["journalEntries"], state["journalBytes"]

        def timed(method, path, body=None, expected=(200, 204)):
            started = time.monotonic()
            status, answer = admin.request(method, path, body)
            assert status in expected, (method, path, status, answer)
            return time.monotonic() - started, answer

        results["snapshot"], saved = timed("POST", "/emulator/v1/snapshots", {"name": "bench"})
        results["objects"] = saved["objects"]
        restores, resets = [], []
        for _ in range(args.control_rounds):
            resets.append(timed("POST", "/emulator/v1/reset")[0])
            restores.append(timed("POST", "/emulator/v1/snapshots/bench/restore")[0])
        results["reset"], results["restore"] = statistics.median(resets), statistics.median(restores)
        log(f"controls with {results['objects']} objects: {results}")
    finally:
        server.stop()
    return results


def run_wrk_on(ports, ids_files, mode, token_value, args, duration=None):
    """wrk on every port at once, the threads and connections shared out: the summed rate, the worst p99."""
    share = argparse.Namespace(**vars(args))
    share.threads = max(1, args.threads // len(ports))
    share.connections = max(share.threads, args.connections // len(ports))
    with ThreadPoolExecutor(len(ports)) as pool:
        runs = list(pool.map(lambda pf: run_wrk(pf[0], pf[1], mode, token_value, share, duration),
                             zip(ports, ids_files)))
    return {"rps": sum(r["rps"] for r in runs), "requests": sum(r["requests"] for r in runs),
            "non2xx": sum(r["non2xx"] for r in runs), "wraps": sum(r["wraps"] for r in runs),
            "p50": max(r["p50"] for r in runs), "p99": max(r["p99"] for r in runs)}


def pending_jobs(port):
    return len(Client(port).ok("GET", "/emulator/v1/jobs?status=Pending&limit=10000")["jobs"])


def drain(port, timeout):
    """Waits until no job is pending (on the shared database: of any instance); False after the timeout."""
    started = time.monotonic()
    while pending_jobs(port):
        if time.monotonic() - started > timeout:
            return False
        time.sleep(0.1)
    return True


def section_databases(args, wiremock_jar, work):
    """The same load on H2, on PostgreSQL with one instance and with two instances on one database (wrk's
    connections shared between them): reads, execute accept rate, accepted splits completed per second."""
    if not os.path.exists(PG_JAR):
        sys.exit("the databases section needs the PostgreSQL build: ./mvnw -B -q install -DskipTests -Ppostgresql")
    results = {}
    setups = (("H2", JAR, JVM_ARGFILE, 1), ("PostgreSQL x1", PG_JAR, PG_ARGFILE, 1),
              ("PostgreSQL x2", PG_JAR, PG_ARGFILE, 2))
    for label, jar, argfile, count in setups:
        servers = []
        try:
            for i in range(count):
                # the first instance of a PostgreSQL setup empties the database (EMULATOR_POSTGRESQL_*)
                clean = ["quarkus.flyway.clean-at-start=true"] if jar == PG_JAR and i == 0 else []
                server = emulator(args, f"{label} {i}", os.path.join(work, f"db-{label.replace(' ', '')}-{i}"),
                                  clean, jar, argfile)
                server.start()
                servers.append(server)
            ports = [s.port for s in servers]
            token_value = token(ports[0])
            log(f"{label}: preparing {args.db_splits + args.warmup_splits} splits")
            splits, invoices = prepare_splits(servers[0], token_value, args.db_splits + args.warmup_splits)
            # the warm-up splits come last, so that the invoices read (of the measured splits) still exist
            measured, warm = splits[:args.db_splits], splits[args.db_splits:]
            reads_file = write_ids(os.path.join(work, f"db-reads-{count}-{len(results)}.txt"),
                                   invoices[:args.read_set])
            for i, port in enumerate(ports):
                warm_up(port, reads_file, write_ids(os.path.join(work, f"db-warm-{len(results)}-{i}.txt"),
                                                    warm[i::count]), None, token_value, args)
            drain(ports[0], args.drain_timeout)
            reads = run_wrk_on(ports, [reads_file] * count, "read", token_value, args)
            exec_files = [write_ids(os.path.join(work, f"db-exec-{len(results)}-{i}.txt"), measured[i::count])
                          for i in range(count)]
            accept_started = time.monotonic()
            execute = run_wrk_on(ports, exec_files, "execute", token_value, args, duration=args.execute_duration)
            drained = drain(ports[0], args.drain_timeout)
            elapsed = time.monotonic() - accept_started
            accepted = execute["requests"] - execute["non2xx"]
            results[label] = {"reads": reads, "execute": execute, "accepted": accepted, "seconds": elapsed,
                              "completed_per_second": accepted / elapsed, "drained": drained,
                              "rss": sum(s.rss_mib() for s in servers)}
            log(f"{label}: {results[label]}")
        finally:
            for server in servers:
                server.stop()
    mock = wiremock(wiremock_jar, os.path.join(work, "db-wiremock"))
    mock.start()
    try:
        warm_up(mock.port, reads_file, exec_files[0], None, "x", args)
        results["WireMock"] = {"reads": run_wrk(mock.port, reads_file, "read", "x", args),
                               "execute": run_wrk(mock.port, exec_files[0], "execute", "x", args,
                                                  duration=args.execute_duration)}
    finally:
        mock.stop()
    return results


SEED_SQL = """
INSERT INTO invoice_split (id, entity_id, invoice_id, status, created_by_id, created_at, updated_by_id, updated_at)
SELECT '5b17' || LPAD(CAST(r.x AS VARCHAR), 28, '0'), s.entity_id, s.invoice_id, s.status, s.created_by_id,
       s.created_at, s.updated_by_id, s.updated_at
  FROM SYSTEM_RANGE(1, {splits}) r, (SELECT * FROM invoice_split FETCH FIRST 1 ROW ONLY) s;
INSERT INTO invoice_split_item (id, entity_id, invoice_split_id, created_seq, invoice_date, split_percentage,
       payment_term, invoice_id, created_by_id, created_at, updated_by_id, updated_at)
SELECT '17e3' || LPAD(CAST(r.x * 2 + k.x AS VARCHAR), 28, '0'), i.entity_id,
       '5b17' || LPAD(CAST(r.x AS VARCHAR), 28, '0'), nextval('invoice_split_item_seq'), i.invoice_date,
       i.split_percentage, i.payment_term, i.invoice_id, i.created_by_id, i.created_at, i.updated_by_id, i.updated_at
  FROM SYSTEM_RANGE(1, {splits}) r, SYSTEM_RANGE(0, 1) k, (SELECT * FROM invoice_split_item FETCH FIRST 1 ROW ONLY) i;
"""


def seeded_server(args, work, items):
    """An emulator whose H2 file holds `items` InvoiceSplitItems, two per InvoiceSplit: one split made through the
    API, the rest copied from it by H2's own RunScript tool while no server runs (the API would take an hour for a
    million). Answers the server, not started, and the IDs of the copied InvoiceSplits."""
    workdir = os.path.join(work, f"query-{items}")
    server = emulator(args, "emulator", workdir)
    server.start()
    try:
        token_value = token(server.port)
        splits, _ = prepare_splits(server, token_value, 1)
        client = Client(server.port, token_value)
        client.ok("POST", "/v1/action/execute", {"type": "InvoiceSplit", "synchronous": False, "ids": splits})
        wait_for_split(client, splits[0], args.drain_timeout)
    finally:
        server.stop()
    copies = items // 2 - 1
    script = os.path.join(workdir, "seed.sql")
    with open(script, "w") as f:
        f.write(SEED_SQL.format(splits=copies))
    h2 = glob.glob(os.path.join(os.path.dirname(JAR), "lib", "main", "com.h2database.h2-*.jar"))[0]
    subprocess.run(["java", "-cp", h2, "org.h2.tools.RunScript", "-url",
                    "jdbc:h2:file:" + os.path.join(workdir, "data", "emulator"), "-user", "sa", "-script", script],
                   check=True)
    return server, ["5b17" + str(n).rjust(28, "0") for n in range(1, copies + 1)]


def warm_query(port, ids_file, token_value, args):
    """Queries until the rate stops rising, so that every level is measured warm."""
    best = 0
    for run in range(8):
        rate = run_wrk(port, ids_file, "query", token_value, args, duration=args.warmup)["rps"]
        if run >= 3 and rate < best * 1.1:
            break
        best = max(best, rate)


def section_query(args, wiremock_jar, work):
    """ZOQL: the query that finds a split's invoices beside WireMock's canned answer, on servers seeded with few
    and with many split items (each measured warm); a queryMore walk over many invoices with the RSS around it."""
    results = {"scale": {}}
    sizes = [int(n) for n in args.query_scale.split(",")]
    ids_file = None
    for size in sizes:
        log(f"query: a server with {size:,} split items")
        server, split_ids = seeded_server(args, work, size)
        server.start()
        try:
            token_value = token(server.port)
            client = Client(server.port, token_value)
            answer = client.ok("POST", "/v1/action/query", {
                "queryString": f"select Id, InvoiceId from InvoiceSplitItem where InvoiceSplitId = '{split_ids[-1]}'"})
            assert answer["size"] == 2 and answer["done"], answer
            step = max(1, len(split_ids) // args.read_set)
            ids_file = write_ids(os.path.join(work, f"query-ids-{size}.txt"), split_ids[::step][:args.read_set])
            warm_query(server.port, ids_file, token_value, args)
            results["scale"][size] = run_wrk(server.port, ids_file, "query", token_value, args)
            results["scale"][size]["rss"] = server.rss_mib()
            if size == sizes[-1]:
                results["emulator"] = results["scale"][size]
                results["walk"] = walk(args, server, token_value)
        finally:
            server.stop()
    mock = wiremock(wiremock_jar, os.path.join(work, "query-wiremock"))
    mock.start()
    try:
        warm_query(mock.port, ids_file, "x", args)
        results["wiremock"] = run_wrk(mock.port, ids_file, "query", "x", args)
    finally:
        mock.stop()
    return results


def walk(args, server, token_value):
    """A query and queryMore walk over one account's invoices, to the end."""
    client = Client(server.port, token_value)
    account_id = new_account(client)
    body = json.dumps(invoice_body(account_id, 1))
    log(f"walk: {args.walk_invoices:,} invoices of one account, queryMore to the end")

    def create(local, _):
        if not hasattr(local, "client"):
            local.client = Client(server.port, token_value)
        assert local.client.request("POST", "/v1/invoices", body)[0] == 200

    parallel(create, range(args.walk_invoices))
    rss_before = server.rss_mib()
    started = time.monotonic()
    page = client.ok("POST", "/v1/action/query", {
        "queryString": f"select Id, Amount from Invoice where AccountId = '{account_id}'"})
    first = time.monotonic() - started
    seen, pages = len(page["records"]), 1
    while not page["done"]:
        page = client.ok("POST", "/v1/action/queryMore", {"queryLocator": page["queryLocator"]})
        seen, pages = seen + len(page["records"]), pages + 1
    assert seen == args.walk_invoices, (seen, args.walk_invoices)
    return {"rows": seen, "pages": pages, "first": first, "seconds": time.monotonic() - started,
            "rss_before": rss_before, "rss_after": server.rss_mib()}


def query_lines(query):
    e, w = query["emulator"], query["wiremock"]
    lines = [f"| `POST /v1/action/query` InvoiceSplitItem by InvoiceSplitId | {e['rps']:,.0f} req/s, p50 "
             f"{e['p50']:.1f} ms, p99 {e['p99']:.1f} ms | {w['rps']:,.0f} req/s, p50 {w['p50']:.1f} ms, p99 "
             f"{w['p99']:.1f} ms | {ratio(e['rps'], w['rps'])} |"]
    for size, r in query["scale"].items():
        lines.append(f"| the same query, a server seeded with {int(size):,} split items | {r['rps']:,.0f} req/s, "
                     f"p99 {r['p99']:.1f} ms, RSS {r['rss']:.0f} MiB | | |")
    k = query["walk"]
    lines.append(f"| query + queryMore walk over {k['rows']:,} invoices ({k['pages']} pages) | {k['seconds']:.1f} s "
                 f"(first page {k['first']:.1f} s), RSS {k['rss_before']:.0f} -> {k['rss_after']:.0f} MiB | | |")
    return lines


def ratio(a, b):
    return f"{a / b:.2f}x" if a and b else "n/a"


def load_lines(args, mode, e_load, load, label_of):
    """The load section's rows of one storage mode, each beside WireMock's figure where it has one."""
    lines = []
    for key, label in (("execute", "`POST /v1/action/execute`, each request a new prepared split"),
                       ("create", "`POST /v1/action/create`, an InvoiceSplit of a draft invoice"),
                       ("invoice", "`POST /v1/invoices`, a 2-item draft invoice"),
                       ("reads", f"`GET /v1/invoices/{{id}}` over {args.read_set} invoices, "
                                 f"{args.execute_splits} stored")):
        e, w = e_load["emulator_" + key], load["wiremock_" + key]
        flag = " (prepared splits ran out: figure invalid)" if key == "execute" and e["wraps"] else ""
        lines.append(f"| {label_of(mode, label)} | {e['rps']:,.0f} req/s, p50 {e['p50']:.1f} ms, p99 {e['p99']:.1f} ms{flag} | "
                     f"{w['rps']:,.0f} req/s, p50 {w['p50']:.1f} ms, p99 {w['p99']:.1f} ms | "
                     f"{ratio(e['rps'], w['rps'])} |")
    c = e_load["completion"]
    drained = (f"all done {c['seconds'] - c['accept_seconds']:.1f} s after the load" if c["drained"]
               else f"not drained {args.drain_timeout} s after the load")
    if c["done"] < c["accepted"]:
        drained += f"; ONLY {c['done']:,} OF {c['accepted']:,} ACCEPTED SPLITS DONE"
    lines.append(f"| {label_of(mode, 'accepted splits completed per second (2-item, 2-way)')} | {c['per_second']:,.0f}/s "
                 f"({c['done_during_load']:,} of {c['accepted']:,} done while accepting for "
                 f"{c['accept_seconds']:.0f} s; {drained}) | | |")
    lines.append(f"| {label_of(mode, 'RSS after the load above')} | {e_load['emulator_rss']:.0f} MiB | "
                 f"{load['wiremock_rss']:.0f} MiB | {ratio(e_load['emulator_rss'], load['wiremock_rss'])} |")
    if e_load.get("file_live"):
        f, live = e_load, e_load["file_live"]
        lines.append(f"| H2 file: its peak during the load / just after / {FILE_SETTLE_SECONDS} s later / after "
                     f"the stop, beside its live data (a compacted copy) | {f['file_peak']:.0f} / "
                     f"{f['file_after_load']:.0f} / {f['file_settled']:.0f} / {f['file_after_stop']:.0f}"
                     f" MiB over {live:.0f} MiB: {f['file_peak'] / live:.1f}x / "
                     f"{f['file_after_load'] / live:.1f}x / {f['file_settled'] / live:.1f}x / "
                     f"{f['file_after_stop'] / live:.1f}x | | |")
    return lines


def report(args, start, load, large, scale, controls, databases=None):
    lines = ["| figure | emulator | WireMock (canned) | ratio |", "|---|---|---|---|"]
    modes = [mode for mode in args.storage if (start and mode in start) or (load and mode in load)]

    def label_of(mode, text):
        # the file mode's rows keep their plain labels; other modes say theirs
        return text if mode == "file" else f"{STORAGE_LABELS[mode]}: {text}"

    for mode in modes:
        if start:
            lines.append(f"| {label_of(mode, f'start to first 200 (median of {args.starts})')} | "
                         f"{start[mode]:.2f} s | {start['wiremock']:.2f} s | "
                         f"{ratio(start[mode], start['wiremock'])} slower |")
    for mode in modes if load else ():
        lines += load_lines(args, mode, load[mode], load, label_of)
    for items, r in large.items():
        if isinstance(items, int):
            seconds = "not done" if r["seconds"] is None else f"{r['seconds']:.2f} s"
            lines.append(f"| one {items:,}-item invoice split {args.large_ways} ways, execute to last split invoice | "
                         f"{seconds} (RSS {r['rss_before']:.0f} -> {r['rss_after']:.0f} MiB) | | |")
            newer = r.get("newer")
            if newer:
                how = "operation job polled to Completed" if newer["asynchronous"] else "answered Completed"
                took = "not done" if newer["seconds"] is None else f"{newer['seconds']:.2f} s"
                lines.append(f"| the same by `PUT /v1/invoices/{{id}}/split`, {how} | {took} | | |")
    for stored, r in scale.items():
        lines.append(f"| `GET /v1/invoices/{{id}}` with {stored:,} invoices stored | {r['rps']:,.0f} req/s, "
                     f"p99 {r['p99']:.1f} ms (RSS {r['rss']:.0f} MiB) | | |")
    if controls:
        lines.append(f"| test controls with {controls['objects']:,} objects stored (median of {args.control_rounds}) | "
                     f"reset {controls['reset'] * 1000:.0f} ms, restore {controls['restore'] * 1000:.0f} ms, "
                     f"snapshot {controls['snapshot'] * 1000:.0f} ms | | |")
        lines.append(f"| request journal after the 1,000 creations above | {controls['journal_entries']:,} entries, "
                     f"~{controls['journal_bytes'] / 1024:.0f} KiB | | |")
    if len(lines) == 2:
        lines = []  # only the databases section ran
    if databases:
        mock = databases["WireMock"]
        lines += ["" if lines else None, "| database | reads `GET /v1/invoices/{id}` | vs WireMock | execute accepted | vs WireMock | "
                      "accepted splits completed | RSS |", "|---|---|---|---|---|---|---|"]
        lines = [line for line in lines if line is not None]
        for label, r in databases.items():
            if label == "WireMock":
                lines.append(f"| WireMock (canned) | {r['reads']['rps']:,.0f} req/s | | "
                             f"{r['execute']['rps']:,.0f} req/s | | | |")
                continue
            flag = " (prepared splits ran out)" if r["execute"]["wraps"] else ""
            drained = "" if r["drained"] else f" (NOT DRAINED after {args.drain_timeout} s)"
            lines.append(f"| {label} | {r['reads']['rps']:,.0f} req/s, p99 {r['reads']['p99']:.1f} ms | "
                         f"{ratio(r['reads']['rps'], mock['reads']['rps'])} | {r['execute']['rps']:,.0f} req/s"
                         f"{flag} | {ratio(r['execute']['rps'], mock['execute']['rps'])} | "
                         f"{r['completed_per_second']:,.0f}/s ({r['accepted']:,} in {r['seconds']:.1f} s){drained} | "
                         f"{r['rss']:.0f} MiB |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sections", default="start,load,large,scale,controls,query,lifecycle,console",
                        help="which parts to run (default: %(default)s; query: --query-scale and --walk-invoices; also: databases, which needs the "
                             "PostgreSQL build and empties the database of EMULATOR_POSTGRESQL_*; console: "
                             "--console-invoices and --console-reads)")
    parser.add_argument("--storage", default="file,memory",
                        help="the emulator's storage modes the start and load sections measure, each beside WireMock "
                             "(emulator.storage; default: %(default)s)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--duration", type=int, default=8, help="seconds per wrk figure (default: %(default)s)")
    parser.add_argument("--execute-duration", type=int, default=5,
                        help="seconds of the execute figure; every request needs a prepared split")
    parser.add_argument("--execute-splits", type=int, default=20000, help="prepared splits (default: %(default)s)")
    parser.add_argument("--warmup", type=int, default=6, help="seconds of warm-up per server (default: %(default)s)")
    parser.add_argument("--warmup-splits", type=int, default=3000,
                        help="prepared splits kept for the warm-up (default: %(default)s)")
    parser.add_argument("--read-set", type=int, default=1000, help="distinct invoices read (default: %(default)s)")
    parser.add_argument("--starts", type=int, default=3, help="cold starts per server (default: %(default)s)")
    parser.add_argument("--drain-timeout", type=int, default=120,
                        help="how long to wait for accepted splits to complete (default: %(default)s s)")
    parser.add_argument("--large", default="1000,10000", help="items of the large splits (default: %(default)s)")
    parser.add_argument("--large-ways", type=int, default=12)
    parser.add_argument("--scale", default="1000,100000", help="stored invoices for the read-scale figure")
    parser.add_argument("--control-rounds", type=int, default=5,
                        help="resets and restores of the 10,000-object snapshot (default: %(default)s)")
    parser.add_argument("--emulator-java-opts", default="",
                        help="JVM options of the emulator (quoted), after those of emulator.jvm")
    parser.add_argument("--plain-jvm", action="store_true",
                        help="start the emulator without server/target/quarkus-app/emulator.jvm")
    parser.add_argument("--keep", action="store_true", help="keep the servers' work directories")
    parser.add_argument("--query-scale", default="1000,1000000",
                        help="split items a server is seeded with for the query figures, each level a server of "
                             "its own (default: %(default)s)")
    parser.add_argument("--walk-invoices", type=int, default=100000,
                        help="invoices of the queryMore walk (default: %(default)s)")
    parser.add_argument("--console-invoices", type=int, default=1000000,
                        help="invoices stored for the console section (default: %(default)s)")
    parser.add_argument("--console-reads", type=int, default=20,
                        help="requests per console page timed, after as many to warm up (default: %(default)s)")
    parser.add_argument("--lifecycle-rounds", type=int, default=5,
                        help="groups posted and invoices deleted by the lifecycle section (default: %(default)s)")
    parser.add_argument("--delete-items", type=int, default=10000,
                        help="items of each invoice the lifecycle section deletes (default: %(default)s)")
    parser.add_argument("--list-invoices", default="100,10000",
                        help="invoices on the accounts whose list the lifecycle section reads (default: %(default)s)")
    parser.add_argument("--lifecycle-reads", type=int, default=200,
                        help="first-page reads per account of the lifecycle section (default: %(default)s)")
    parser.add_argument("--db-splits", type=int, default=8000,
                        help="prepared splits per setup of the databases section (default: %(default)s)")
    args = parser.parse_args()
    args.storage = [x for x in args.storage.split(",") if x]
    unknown = set(args.storage) - set(STORAGE_LABELS)
    if unknown or not args.storage:
        sys.exit(f"--storage: one or more of {', '.join(STORAGE_LABELS)}, not {args.storage}")
    args.large = [int(x) for x in args.large.split(",") if x]
    args.scale = [int(x) for x in args.scale.split(",") if x]
    args.list_invoices = [int(x) for x in args.list_invoices.split(",") if x]
    sections = set(args.sections.split(","))
    if not os.path.exists(JAR):
        sys.exit("build the server first: ./mvnw -B -q install -DskipTests")
    if not args.plain_jvm and not os.path.exists(JVM_ARGFILE):
        sys.exit(f"{JVM_ARGFILE} is missing (built with -DskipTraining?): rebuild, or pass --plain-jvm")
    os.makedirs(TARGET, exist_ok=True)
    wiremock_jar = ensure_tools()
    work = tempfile.mkdtemp(prefix="bench-", dir=TARGET)
    started = time.time()
    try:
        start = section_start(args, wiremock_jar, work) if "start" in sections else None
        load = section_load(args, wiremock_jar, work) if "load" in sections else None
        large = section_large(args, work) if "large" in sections else {}
        scale = section_scale(args, work) if "scale" in sections else {}
        controls = section_controls(args, work) if "controls" in sections else {}
        databases = section_databases(args, wiremock_jar, work) if "databases" in sections else None
        query = section_query(args, wiremock_jar, work) if "query" in sections else None
        lifecycle = section_lifecycle(args, work) if "lifecycle" in sections else None
        console = section_console(args, work) if "console" in sections else None
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    table = report(args, start, load, large, scale, controls, databases)
    extra = ((query_lines(query) if query else []) + (lifecycle_lines(args, lifecycle) if lifecycle else [])
             + (console_lines(console) if console else []))
    if extra:
        # sections that only add rows still get the table's header when they ran alone
        table = (table or "| figure | emulator | WireMock (canned) | ratio |\n|---|---|---|---|") + "\n" + "\n".join(extra)
    versions = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    header = (f"bench/run {' '.join(sys.argv[1:])}: {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, "
              f"{versions}, emulator {'plain JVM' if args.plain_jvm else 'with emulator.jvm'} "
              f"{args.emulator_java_opts}, WireMock {WIREMOCK_VERSION}, wrk -t{args.threads} -c{args.connections} "
              f"-d{args.duration}s, {time.time() - started:.0f} s in all")
    print(header + "\n\n" + table)
    with open(os.path.join(TARGET, "results.md"), "w") as f:
        f.write(header + "\n\n" + table + "\n")
    with open(os.path.join(TARGET, "results.json"), "w") as f:
        json.dump({"start": start, "load": load, "large": {str(k): v for k, v in large.items()},
                   "scale": {str(k): v for k, v in scale.items()}, "controls": controls,
                   "databases": databases, "query": query, "lifecycle": lifecycle,
                   "console": console}, f, indent=1)


if __name__ == "__main__":
    main()
