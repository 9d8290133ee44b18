-- wrk script: each request uses the next ID of a file, so that every request of a run touches a distinct object.
-- Arguments (after --): <ids file> <mode: execute | create | invoice | read | query> <token> <threads>
-- (create: an InvoiceSplit of each invoice ID by action/create; invoice: a 2-item draft invoice of each account ID)
-- Thread t of n takes IDs t+1, t+1+n, t+1+2n, ...; past the end it starts again and counts a wrap.
local next_thread = 0
local threads = {}

function setup(thread)
    thread:set("tid", next_thread)
    next_thread = next_thread + 1
    threads[#threads + 1] = thread
end

function init(args)
    ids = {}
    for line in io.lines(args[1]) do
        ids[#ids + 1] = line
    end
    mode = args[2]
    headers = {["Authorization"] = "Bearer " .. args[3], ["Content-Type"] = "application/json"}
    step = tonumber(args[4])
    index = tid
    wraps = 0
end

function request()
    if index >= #ids then
        index = index % #ids
        wraps = wraps + 1
    end
    local id = ids[index + 1]
    index = index + step
    if mode == "query" then
        local body = '{"queryString":"select Id, InvoiceId from InvoiceSplitItem where InvoiceSplitId = \'' .. id .. '\'"}'
        return wrk.format("POST", "/v1/action/query", headers, body)
    end
    if mode == "create" then
        local body = '{"type":"InvoiceSplit","objects":[{"InvoiceId":"' .. id .. '"}]}'
        return wrk.format("POST", "/v1/action/create", headers, body)
    end
    if mode == "invoice" then
        local body = '{"accountId":"' .. id .. '","invoiceDate":"2026-01-01","invoiceItems":['
            .. '{"amount":10.5,"serviceStartDate":"2026-01-01"},{"amount":2.25,"serviceStartDate":"2026-01-01"}]}'
        return wrk.format("POST", "/v1/invoices", headers, body)
    end
    if mode == "execute" then
        local body = '{"type":"InvoiceSplit","synchronous":false,"ids":["' .. id .. '"]}'
        return wrk.format("POST", "/v1/action/execute", headers, body)
    end
    return wrk.format("GET", "/v1/invoices/" .. id, headers)
end

function done(summary, latency, requests)
    local wrapped = 0
    for _, thread in ipairs(threads) do
        wrapped = wrapped + thread:get("wraps")
    end
    io.write(string.format("WRAPS %d\n", wrapped))
    for _, thread in ipairs(threads) do
        -- the thread's next ID position: it sent the IDs before it (those of its own turn)
        io.write(string.format("SENT %d %d\n", thread:get("tid"), thread:get("index")))
    end
end
