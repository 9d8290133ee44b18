package dev.zuoraemulator.fault;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fault rules in force, in the order they were added (the first that takes a request applies).
 * In memory, per instance.
 */
@ApplicationScoped
public class FaultRules {

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final AtomicLong numbers = new AtomicLong();

    /** The next rule's ID: {@code f1}, {@code f2}, ... */
    public String nextId() {
        return "f" + numbers.incrementAndGet();
    }

    public void add(FaultRule rule) {
        rules.add(rule);
    }

    public List<FaultRule> all() {
        return List.copyOf(rules);
    }

    public boolean remove(String id) {
        return rules.removeIf(r -> r.id().equals(id));
    }

    public void clear() {
        rules.clear();
    }

    /** Forgets the rules that match one entity only. */
    public void clear(String entityId) {
        rules.removeIf(r -> entityId.equals(r.match().entityId()));
    }

    /** Whether there is any rule at all (the common case is none: one volatile read). */
    public boolean any() {
        return !rules.isEmpty();
    }

    /** The rule that faults this request at this moment, its hit taken. */
    public Optional<FaultRule> take(
            FaultRule.When when, String method, String path, String operationId, String entityId) {
        for (FaultRule rule : rules) {
            if (rule.when() == when
                    && rule.active()
                    && rule.take(method, path, operationId, entityId)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
