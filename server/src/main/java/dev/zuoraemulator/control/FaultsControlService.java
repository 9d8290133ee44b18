package dev.zuoraemulator.control;

import dev.zuoraemulator.adminapi.model.FaultRuleRequest;
import dev.zuoraemulator.common.Operations;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.ObjectNotFoundException;
import dev.zuoraemulator.fault.FaultRule;
import dev.zuoraemulator.fault.FaultRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The test controls' fault rules: checked when added, listed with their hits, removed. */
@ApplicationScoped
public class FaultsControlService {

    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\t\\x20-\\x7e]*");

    private final FaultRules rules;
    private final Operations operations;
    private final ZuoraTime time;

    FaultsControlService(FaultRules rules, Operations operations, ZuoraTime time) {
        this.rules = rules;
        this.operations = operations;
        this.time = time;
    }

    public FaultRule add(FaultRuleRequest request) {
        FaultRule rule =
                new FaultRule(
                        rules.nextId(),
                        match(request),
                        effect(request),
                        request.getWhen() == FaultRuleRequest.WhenEnum.AFTER
                                ? FaultRule.When.AFTER
                                : FaultRule.When.BEFORE,
                        request.getProbability() == null ? 1 : request.getProbability(),
                        request.getTimes(),
                        time.now());
        rules.add(rule);
        return rule;
    }

    public List<FaultRule> list() {
        return rules.all();
    }

    public void remove(String id) {
        if (!rules.remove(id)) {
            throw new ObjectNotFoundException("no fault rule " + id);
        }
    }

    public void clear() {
        rules.clear();
    }

    private FaultRule.Match match(FaultRuleRequest request) {
        String operationId = request.getOperationId();
        if (operationId == null && request.getPath() == null) {
            throw new InvalidValueException("operationId or path: a rule needs one of them");
        }
        if (operationId != null
                && (!operations.exists(operationId) || operations.isAdmin(operationId))) {
            throw new InvalidValueException(
                    "operationId: not an operation of Zuora's contract: " + operationId);
        }
        Pattern path = null;
        if (request.getPath() != null) {
            try {
                path = Pattern.compile(request.getPath());
            } catch (PatternSyntaxException e) {
                throw new InvalidValueException(
                        "path: not a regular expression: " + e.getDescription());
            }
        }
        return new FaultRule.Match(operationId, request.getMethod(), path, request.getEntityId());
    }

    private static FaultRule.Effect effect(FaultRuleRequest request) {
        Integer status = request.getStatus();
        FaultRule.Network network =
                request.getNetwork() == null
                        ? null
                        : request.getNetwork() == FaultRuleRequest.NetworkEnum.CONNECTION_RESET
                                ? FaultRule.Network.CONNECTION_RESET
                                : FaultRule.Network.EMPTY_RESPONSE;
        if (status == null && network == null && request.getDelay() == null) {
            throw new InvalidValueException("status, network or delay: a rule needs an effect");
        }
        if (status != null && network != null) {
            throw new InvalidValueException("network: a rule answers a status or cuts, not both");
        }
        if (status != null && status < 400 && request.getBody() == null) {
            throw new InvalidValueException("body: needed with a status below 400");
        }
        if (status == null && (request.getBody() != null || request.getHeaders() != null)) {
            throw new InvalidValueException("body and headers: they come with a status");
        }
        Map<String, String> headers = request.getHeaders();
        if (headers != null) {
            headers.forEach(
                    (name, value) -> {
                        if (!HEADER_NAME.matcher(name).matches()
                                || value == null
                                || !HEADER_VALUE.matcher(value).matches()) {
                            throw new InvalidValueException(
                                    "headers: not a valid header: " + abbreviate(name));
                        }
                    });
        }
        Duration delay =
                request.getDelay() == null ? null : Durations.exact("delay", request.getDelay());
        Duration delayMax =
                request.getDelayMax() == null
                        ? null
                        : Durations.exact("delayMax", request.getDelayMax());
        if (delayMax != null && (delay == null || delayMax.compareTo(delay) < 0)) {
            throw new InvalidValueException("delayMax: needs a delay no longer than it");
        }
        return new FaultRule.Effect(status, request.getBody(), headers, delay, delayMax, network);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
