#!/usr/bin/env python3
"""Time from POST /v1/action/execute to the last split invoice, against a running emulator (or any Zuora).

For each run it builds the state through the public API (account, draft invoice of --items items, InvoiceSplit with
--splits equal items), executes, and polls the final InvoiceSplitItem until its InvoiceId appears (the split is one
transaction: all split invoices appear together). Baselines measured in the same run, on the same server:
  - the same split of a 1-item invoice (the fixed cost of an execute and its job),
  - POST /v1/invoices of the --items-item invoice (writing that many items once).
Reports medians, and ratios against the baselines.
"""
import argparse
import json
import statistics
import time
import urllib.request

def call(base, method, path, token=None, body=None, form=None):
    headers = {}
    data = None
    if token:
        headers["Authorization"] = "Bearer " + token
    if body is not None:
        headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode()
    if form is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        data = "&".join(f"{k}={v}" for k, v in form.items()).encode()
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read())

def split_once(base, token, account, items, splits):
    invoice_items = [{"amount": f"{(i % 997) + 0.37:.2f}", "serviceStartDate": "2026-01-01",
                      "chargeName": f"Charge {i}"} for i in range(items)]
    for item in invoice_items:
        item["amount"] = float(item["amount"])
    started = time.perf_counter()
    invoice = call(base, "POST", "/v1/invoices", token,
                   {"accountId": account, "invoiceDate": "2026-01-01", "invoiceItems": invoice_items})
    create_seconds = time.perf_counter() - started
    split = call(base, "POST", "/v1/action/create", token,
                 {"type": "InvoiceSplit", "objects": [{"InvoiceId": invoice["id"]}]})[0]["Id"]
    share = 100 / splits
    percentages = [round(share, 9)] * (splits - 1)
    percentages.append(round(100 - sum(percentages), 9))
    created = call(base, "POST", "/v1/action/create", token, {"type": "InvoiceSplitItem", "objects": [
        {"InvoiceSplitId": split, "InvoiceDate": "2026-01-01", "SplitPercentage": p} for p in percentages]})
    last_item = created[-1]["Id"]
    started = time.perf_counter()
    result = call(base, "POST", "/v1/action/execute", token,
                  {"ids": [split], "synchronous": False, "type": "InvoiceSplit"})
    assert result[0]["Success"], result
    while True:
        item = call(base, "GET", "/v1/object/invoice-split-item/" + last_item, token)
        if item.get("InvoiceId"):
            break
        time.sleep(0.002)
    split_seconds = time.perf_counter() - started
    total = sum(call(base, "GET", "/v1/invoices/" + call(base, "GET", "/v1/object/invoice-split-item/" + c["Id"],
                                                              token)["InvoiceId"], token)["amount"] for c in created)
    assert abs(total - invoice["amount"]) < 1e-6, (total, invoice["amount"])
    return split_seconds, create_seconds

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default="http://127.0.0.1:8080")
    parser.add_argument("--client-id", default="00000000-0000-0000-0000-000000000001")
    parser.add_argument("--client-secret", default="emulator-secret")
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--splits", type=int, default=4)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args()
    base = args.base_url.rstrip("/")
    token = call(base, "POST", "/oauth/token", form={"client_id": args.client_id, "client_secret": args.client_secret,
                                                     "grant_type": "client_credentials"})["access_token"]
    account = call(base, "POST", "/v1/accounts", token, {"name": "Bench", "currency": "USD",
                                                         "billToContact": {"firstName": "B", "lastName": "B"}})["accountId"]
    for _ in range(args.warmup):
        split_once(base, token, account, args.items, args.splits)
        split_once(base, token, account, 1, args.splits)
    big, small, create = [], [], []
    for _ in range(args.runs):
        s, c = split_once(base, token, account, args.items, args.splits)
        big.append(s)
        create.append(c)
        small.append(split_once(base, token, account, 1, args.splits)[0])
    med = statistics.median
    print(f"runs: {args.runs} (after {args.warmup} warm-up), items: {args.items}, splits: {args.splits}")
    print(f"execute -> last split invoice, {args.items} items: median {med(big) * 1000:.0f} ms "
          f"(min {min(big) * 1000:.0f}, max {max(big) * 1000:.0f})")
    print(f"baseline, execute -> last split invoice, 1 item: median {med(small) * 1000:.0f} ms")
    print(f"baseline, POST /v1/invoices with {args.items} items: median {med(create) * 1000:.0f} ms")
    print(f"ratio to the 1-item split: {med(big) / med(small):.1f}x; "
          f"ratio to creating the invoice: {med(big) / med(create):.2f}x")

if __name__ == "__main__":
    main()
