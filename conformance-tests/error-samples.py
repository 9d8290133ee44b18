"""Writes the refusal samples (files e<status>-*.json) of every operation of the contract, and tags every sample
whose expected answer rests on one of the emulator's decisions with `decision`.

Run it after adding an operation to openapi.yaml (python3 with PyYAML):
    python3 conformance-tests/error-samples.py
then replay the suite (./mvnw -B verify -pl conformance-tests) and review the new files. Valid bodies, keys and the
Idempotency-Key set-ups per operation are below; an operation without them gets the samples that need none.
"""
import json, yaml, os, re
HERE=os.path.dirname(os.path.abspath(__file__))
SPEC=os.path.join(HERE,'..','openapi','src','main','openapi','openapi.yaml')
OUT=os.path.join(HERE,'src','test','resources','samples')
d=yaml.safe_load(open(SPEC))
RID="regex:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
HEX0="00000000000000000000000000000000"
KEYS={"account-key":"A00000001","invoiceKey":"INV00000001","jobId":HEX0,"id":HEX0,"scheduleKey":"IS-00000001","billRunId":"BR-00000001"}
UNKNOWN={"account-key":"A99999999","invoiceKey":"INV99999999","jobId":"ffffffffffffffffffffffffffffffff","id":"ffffffffffffffffffffffffffffffff","scheduleKey":"IS-99999999","billRunId":"BR-99999999"}
BODIES={
 "POST_Account":{"name":"Conformance","currency":"USD","billToContact":{"firstName":"Ada","lastName":"Lovelace"}},
 "POST_StandaloneInvoice":{"accountNumber":"A00000001","invoiceDate":"2026-01-01","invoiceItems":[{"amount":10,"serviceStartDate":"2026-01-01"}]},
 "POST_PostInvoices":{"invoices":[{"id":HEX0}]},
 "PUT_UpdateInvoice":{"comments":"c"},
 "splitInvoice":{"splitType":"Percentage","splits":[{"splitPercentage":50},{"splitPercentage":50}]},
 "Action_POSTcreate":{"type":"InvoiceSplit","objects":[{"InvoiceId":HEX0}]},
 "Action_POSTexecute":{"ids":[HEX0],"synchronous":False,"type":"InvoiceSplit"},
 "Action_POSTquery":{"queryString":"select Id from Account"},
 "Action_POSTqueryMore":{"queryLocator":HEX0+"-10"},
 "Object_PUTInvoice":{"Status":"Posted"},
 "POST_CreateInvoiceSchedule":{"accountKey":"A00000001","scheduleItems":[{"amount":10,"runDate":"2026-01-01"}]},
 "PUT_UpdateInvoiceSchedule":{"notes":"n"},
 "POST_ExecuteInvoiceSchedule":{},
}
FORM={"client_id":"${clientId}","client_secret":"${clientSecret}","grant_type":"client_credentials"}
def path_with(path, keys):
    for k,v in keys.items():
        path=path.replace("{"+k+"}",v)
    return path
def shape(path):
    return "actions" if path.startswith("/v1/action/") or path.startswith("/v1/object/") else "rest"
def expected(path, status, code, actions_code):
    if shape(path)=="actions":
        return ({"Success":False,"Errors":[{"Code":actions_code,"Message":"the emulator's message"}]},
                {"$.Errors[0].Message":"any"})
    return ({"success":False,"processId":"5F1F8BDC2A9D4B10","reasons":[{"code":code,"message":"the emulator's message"}],"requestId":"0b5e4f3c-2d1a-4b6c-8e9f-0a1b2c3d4e5f"},
            {"$.processId":"regex:[0-9A-F]{16}","$.reasons[0].message":"any","$.requestId":RID})
def write(name, sample):
    with open(os.path.join(OUT,name),'w') as f:
        json.dump(sample,f,indent=2); f.write('\n')
count=0
for path,item in d['paths'].items():
    for m,op in item.items():
        if m not in ('get','put','post','delete'): continue
        oid=op['operationId']; statuses=op['responses'].keys(); M=m.upper()
        token = oid=="createToken"
        def request(extra_headers=None, keys=KEYS, **kw):
            r={"method":M,"path":path_with(path,keys)}
            if token:
                r["auth"]=False; r["form"]=FORM
            elif oid in BODIES:
                r["body"]=BODIES[oid]
            if extra_headers: r["headers"]=extra_headers
            r.update(kw)
            return r
        if '403' in statuses:
            body,rules=expected(path,403,50000010,"INVALID_VALUE")
            write(f"e403-{oid}.json",{"name":f"{oid} for an entity the token does not cover",
              "source":"Zuora's multi-entity rule for Zuora-Entity-Ids (https://developer.zuora.com/docs/guides/error-codes/, category 10 permission denied); " + ("decision C1 for the shape" if shape(path)=="rest" else "Zuora's Actions/CRUD error shape"),
              "operation":oid,"tags":["sample","errors","entities"],
              "request":request({"Zuora-Entity-Ids":"99999999-9999-4999-8999-999999999999"}),
              "response":{"status":403,"headers":{"Zuora-Request-Id":RID},"body":body},"rules":rules}); count+=1
        if '400' in statuses:
            body,rules=expected(path,400,50000020,"INVALID_VALUE")
            write(f"e400-track-id-{oid}.json",{"name":f"{oid} with a Zuora-Track-Id holding a colon",
              "source":"Zuora's Zuora-Track-Id header: US-ASCII, at most 64 characters, no colon, semicolon, double quote or quote (https://developer.zuora.com/v1-api-reference/api/operation/Action_POSTexecute/); decision C4: 400, category 20",
              "operation":oid,"tags":["sample","errors","headers"],
              "request":request({"Zuora-Track-Id":"order:42"}),
              "response":{"status":400,"headers":{"Zuora-Request-Id":RID},"body":body},"rules":rules}); count+=1
        if '404' in statuses and '{' in path:
            body,rules=expected(path,404,50000040,"INVALID_ID")
            write(f"e404-{oid}.json",{"name":f"{oid} of an unknown key",
              "source":"Zuora's error codes: category 40, object not found (https://developer.zuora.com/docs/guides/error-codes/); decision C1 (REST) or the CRUD shape's INVALID_ID",
              "operation":oid,"tags":["sample","errors","decision"],
              "request":request(keys=UNKNOWN),
              "response":{"status":404,"headers":{"Zuora-Request-Id":RID},"body":body},"rules":rules}); count+=1
        if '415' in statuses:
            body,rules=expected(path,415,50000045,"INVALID_VALUE")
            r=request()
            r.pop("body",None); r.pop("form",None)
            r["contentType"]="text/plain"; r["rawBody"]="not json"
            write(f"e415-{oid}.json",{"name":f"{oid} with a text/plain body",
              "source":"Zuora takes JSON bodies (application/json; the token endpoint a form); the status for another media type is the emulator's choice (415, category 45), Zuora documents none",
              "operation":oid,"tags":["sample","errors","decision"],
              "request":r,
              "response":{"status":415,"headers":{"Zuora-Request-Id":RID},"body":body},"rules":rules}); count+=1

# ---- second pass: 413, 422, malformed JSON, missing fields, unrecognised fields
HEX1="11111111111111111111111111111111"
ACCOUNT_STEP={"name":"account","method":"POST","path":"/v1/accounts","body":BODIES["POST_Account"],"capture":{"accountId":"$.accountId"}}
INVOICE_OF=lambda amount:{"accountId":"${accountId}","invoiceDate":"2026-01-01","invoiceItems":[{"amount":amount,"serviceStartDate":"2026-01-01"}]}
SCHEDULE_OF=lambda amount:{"accountKey":"${accountId}","scheduleItems":[{"amount":amount,"runDate":"2026-01-01"},{"amount":5,"runDate":"2026-02-01"}]}
IDEM={
 "POST_Account":([],BODIES["POST_Account"],dict(BODIES["POST_Account"],name="Another")),
 "POST_StandaloneInvoice":([ACCOUNT_STEP],INVOICE_OF(10),INVOICE_OF(20)),
 "POST_PostInvoices":([],{"invoices":[{"id":HEX0}]},{"invoices":[{"id":HEX1}]}),
 "Action_POSTcreate":([],BODIES["Action_POSTcreate"],{"type":"InvoiceSplit","objects":[{"InvoiceId":HEX1}]}),
 "Action_POSTexecute":([],BODIES["Action_POSTexecute"],{"ids":[HEX1],"synchronous":False,"type":"InvoiceSplit"}),
 "Action_POSTquery":([],{"queryString":"select Id from Account"},{"queryString":"select Id, Name from Account"}),
 "Action_POSTqueryMore":([dict(ACCOUNT_STEP,name="first account"),dict(ACCOUNT_STEP,name="second account"),
     {"name":"a query of one row a page","method":"POST","path":"/v1/action/query","body":{"queryString":"select Id from Account","conf":{"batchSize":1}},"capture":{"locator":"$.queryLocator"}}],
     {"queryLocator":"${locator}","conf":{"batchSize":1}},{"queryLocator":"${locator}","conf":{"batchSize":2}}),
 "POST_CreateInvoiceSchedule":([ACCOUNT_STEP],SCHEDULE_OF(10),SCHEDULE_OF(20)),
 "POST_ExecuteInvoiceSchedule":([ACCOUNT_STEP,{"name":"schedule","method":"POST","path":"/v1/invoice-schedules","body":SCHEDULE_OF(10),"capture":{"scheduleId":"$.id","secondItem":"$.scheduleItems[1].id"}}],
     {},{"scheduleItemId":"${secondItem}"}),
}
MISSING_OK={"PUT_UpdateInvoice","PUT_UpdateInvoiceSchedule","POST_ExecuteInvoiceSchedule"}
for path,item in d['paths'].items():
    for m,op in item.items():
        if m not in ('get','put','post','delete'): continue
        oid=op['operationId']; statuses=op['responses'].keys(); M=m.upper()
        if '422' in statuses and oid in IDEM:
            steps,a,b=IDEM[oid]
            p=path_with(path,dict(KEYS,scheduleKey="${scheduleId}"))
            key="conformance-${uniqueId}"
            first={"name":"the first request with the key","method":M,"path":p,"headers":{"Idempotency-Key":key},"body":a}
            body,rules=expected(path,422,50000020,"INVALID_VALUE")
            write(f"e422-{oid}.json",{"name":f"{oid} again with the same Idempotency-Key and another body",
              "source":"Zuora's idempotent requests: a key reused with another request is refused (https://developer.zuora.com/docs/guides/idempotent-requests/); decision C3: 422",
              "operation":oid,"tags":["sample","errors","idempotency"],
              "setup":steps+[first],
              "request":{"method":M,"path":p,"headers":{"Idempotency-Key":key},"body":b},
              "response":{"status":422,"headers":{"Zuora-Request-Id":RID},"body":body},"rules":rules}); count+=1
        if '413' in statuses:
            body,rules=expected(path,413,50000020,"INVALID_VALUE")
            if oid=="createToken":
                r={"method":"POST","path":path,"auth":False,"form":dict(FORM,client_secret="s"*5000)}
                src="the token endpoint's form limit (4 KB) and its 413, category 20, are the emulator's choice: Zuora documents none"
            else:
                r={"method":M,"path":path_with(path,KEYS),"gzipOfSize":11000000}
                src="Zuora's gzip request bodies (Content-Encoding: gzip); the limit (10 MB, raw or inflated) and its 413, category 20, are the emulator's choice: Zuora documents no size limit"
            write(f"e413-{oid}.json",{"name":f"{oid} with a body over the size limit",
              "source":src,"operation":oid,"tags":["sample","errors","decision"],
              "request":r,"response":{"status":413,"headers":{"Zuora-Request-Id":RID},"body":body},"rules":rules}); count+=1
        if 'requestBody' in op and oid!="createToken":
            body,rules=expected(path,400,50000090,"INVALID_VALUE")
            write(f"e400-malformed-{oid}.json",{"name":f"{oid} with malformed JSON",
              "source":"Zuora's error codes: category 90, malformed JSON (https://developer.zuora.com/docs/guides/error-codes/); decision C1",
              "operation":oid,"tags":["sample","errors"],
              "request":{"method":M,"path":path_with(path,KEYS),"rawBody":"{\"truncated\":"},
              "response":{"status":400,"headers":{"Zuora-Request-Id":RID},"body":body},"rules":rules}); count+=1
            if oid not in MISSING_OK:
                # N1: the newer split's missing splitType is category 20, as an unknown one
                body,rules=expected(path,400,50000020 if oid=="splitInvoice" else 50000022,"MISSING_REQUIRED_VALUE")
                write(f"e400-missing-{oid}.json",{"name":f"{oid} without its required fields",
                  "source":"Zuora's error codes: category 22, missing required field (https://developer.zuora.com/docs/guides/error-codes/); decision C1" + ("; decision N1: a missing splitType is category 20" if oid=="splitInvoice" else ""),
                  "operation":oid,"tags":["sample","errors"],
                  "request":{"method":M,"path":path_with(path,KEYS),"body":{}},
                  "response":{"status":400,"headers":{"Zuora-Request-Id":RID},"body":body},"rules":rules}); count+=1
            if any(p.get('$ref','').endswith('RejectUnknownFields') for p in op.get('parameters',[])):
                b=dict(BODIES[oid]); b["colour"]="blue"
                write(f"e400-unrecognised-{oid}.json",{"name":f"{oid} with an unknown field and rejectUnknownFields=true",
                  "source":"Zuora's rejectUnknownFields query parameter: 400 {\"message\": \"Error - unrecognised fields\"} (https://developer.zuora.com/v1-api-reference/older-api/operation/Action_POSTcreate/)",
                  "operation":oid,"tags":["sample","errors"],
                  "request":{"method":M,"path":path_with(path,KEYS)+"?rejectUnknownFields=true","body":b},
                  "response":{"status":400,"headers":{"Zuora-Request-Id":RID},"body":{"message":"Error - unrecognised fields"}}}); count+=1

# ---- third pass: wrong types and bad dates; a business rule
WRONG={
 "POST_Account":("name",{"name":5}),
 "POST_StandaloneInvoice":("invoiceDate",{"invoiceDate":"2026-02-30"}),
 "POST_PostInvoices":("invoices[0].invoiceDate",{"invoices":[{"id":HEX0,"invoiceDate":"01/02/2026"}]}),
 "PUT_UpdateInvoice":("dueDate",{"dueDate":"2026-13-01"}),
 "splitInvoice":("splits[0].splitPercentage",{"splitType":"Percentage","splits":[{"splitPercentage":"half"},{"splitPercentage":50}]}),
 "POST_CreateInvoiceSchedule":("scheduleItems[0].runDate",{"accountKey":"A00000001","scheduleItems":[{"amount":10,"runDate":"2026-02-30"}]}),
 "PUT_UpdateInvoiceSchedule":("notes",{"notes":["not","a","string"]}),
 "Action_POSTexecute":("synchronous",{"ids":[HEX0],"synchronous":"no","type":"InvoiceSplit"}),
 "Action_POSTquery":("conf.batchSize",{"queryString":"select Id from Account","conf":{"batchSize":"ten"}}),
}
for path,item in d['paths'].items():
    for m,op in item.items():
        oid=op.get('operationId') if isinstance(op,dict) else None
        if oid not in WRONG: continue
        field,b=WRONG[oid]
        body,rules=expected(path,400,50000020,"INVALID_VALUE")
        base=dict(BODIES[oid]); base.update(b)
        write(f"e400-wrong-value-{oid}.json",{"name":f"{oid} with a value of the wrong type or format ({field})",
          "source":"Zuora's error codes: category 20, invalid format or value (https://developer.zuora.com/docs/guides/error-codes/); decision C1",
          "operation":oid,"tags":["sample","errors"],
          "request":{"method":m.upper(),"path":path_with(path,KEYS),"body":base},
          "response":{"status":400,"headers":{"Zuora-Request-Id":RID},"body":body},"rules":rules}); count+=1
body,rules=expected("/v1/invoice-schedules/x/execute",400,50000030,"INVALID_VALUE")
write("invoice-schedule-execute-paused.json",{"name":"Execute a paused invoice schedule: refused (decision I2)",
  "source":"Zuora's invoice schedules: a paused schedule is not run (https://docs.zuora.com/en/zuora-billing/bill-your-customer/leverage-advanced-capabilities/flexible-billing/billing-schedule/billing-schedule-tutorials/execute-invoice-schedules/execute-invoice-schedules-through-the-rest-api); decision I2: 400, category 30",
  "operation":"POST_ExecuteInvoiceSchedule","tags":["sample","invoice-schedule"],
  "setup":[{"name":"account","method":"POST","path":"/v1/accounts","body":BODIES["POST_Account"],"capture":{"accountId":"$.accountId"}},
           {"name":"schedule","method":"POST","path":"/v1/invoice-schedules","body":{"accountKey":"${accountId}","scheduleItems":[{"amount":100,"runDate":"2026-01-01"}]},"capture":{"scheduleId":"$.id"}},
           {"name":"pause it","method":"PUT","path":"/v1/invoice-schedules/${scheduleId}/pause"}],
  "request":{"method":"POST","path":"/v1/invoice-schedules/${scheduleId}/execute","body":{}},
  "response":{"status":400,"headers":{"Zuora-Request-Id":RID},"body":body},"rules":rules})

# ---- every sample whose expected answer rests on a decision carries the tag
import glob
for f in sorted(glob.glob(os.path.join(OUT,'*.json'))):
    s=json.load(open(f))
    tags=[t for t in s.get('tags') or [] if t!='decision']
    if re.search(r"\b(S[1-8]|I[1-4]|N[1-6]|Q[1-6]|L[1-7]|C7|C8|C9|C10|C11)\b|emulator's choice", s.get('source','')):
        tags.append('decision')
    if tags!=s.get('tags'):
        s['tags']=tags
        write(os.path.basename(f), s)
