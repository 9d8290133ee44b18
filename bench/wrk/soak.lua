-- wrk script of the soak run: a mix of new tokens, reads, keyed and unkeyed writes and executes.
-- Arguments (after --): <invoice ids file> <split ids file> <token> <threads> <account id> <token form>
-- Every thread adopts the token of any token answer it gets, so tokens may expire during the run.
local next_thread = 0
local threads = {}

function setup(thread)
    thread:set("tid", next_thread)
    next_thread = next_thread + 1
    threads[#threads + 1] = thread
end

local function lines(path)
    local list = {}
    for line in io.lines(path) do
        list[#list + 1] = line
    end
    return list
end

function init(args)
    invoices = lines(args[1])
    splits = lines(args[2])
    token = args[3]
    step = tonumber(args[4])
    account = args[5]
    form = args[6]
    split_index = tid
    reported = 0
    counter = 0
    math.randomseed(os.time() + tid)
    invoice_body = '{"accountId":"' .. account .. '","invoiceDate":"2026-01-01","invoiceItems":'
        .. '[{"amount":12.5,"serviceStartDate":"2026-01-01"}]}'
end

local function json_headers()
    return {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}
end

function request()
    local r = math.random(1000)
    counter = counter + 1
    if r <= 20 then
        return wrk.format("POST", "/oauth/token", {["Content-Type"] = "application/x-www-form-urlencoded"}, form)
    elseif r <= 140 then
        local headers = json_headers()
        headers["Idempotency-Key"] = "soak-" .. tid .. "-" .. counter .. "-" .. math.random(1000000000)
        return wrk.format("POST", "/v1/invoices", headers, invoice_body)
    elseif r <= 290 then
        return wrk.format("POST", "/v1/invoices", json_headers(), invoice_body)
    elseif r <= 295 and split_index < #splits then
        local id = splits[split_index + 1]
        split_index = split_index + step
        return wrk.format("POST", "/v1/action/execute", json_headers(),
            '{"type":"InvoiceSplit","synchronous":false,"ids":["' .. id .. '"]}')
    elseif r <= 440 then
        return wrk.format("GET", "/v1/accounts/" .. account, json_headers())
    end
    return wrk.format("GET", "/v1/invoices/" .. invoices[math.random(#invoices)], json_headers())
end

function response(status, headers, body)
    if status == 200 then
        local fresh = body:match('"access_token":"(%x+)"')
        if fresh then
            token = fresh
        end
    elseif status >= 500 or reported < 5 then
        -- every 5xx, and the first few other refusals of each thread, for the run's log
        reported = reported + 1
        io.stderr:write("NON2XX " .. status .. " " .. body:sub(1, 200) .. "\n")
    end
end
