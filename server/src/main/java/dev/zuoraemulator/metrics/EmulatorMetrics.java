package dev.zuoraemulator.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The emulator's own meters, at {@code /q/metrics} in Prometheus' format beside Quarkus' (JVM, HTTP
 * routes, connection pool):
 *
 * <ul>
 *   <li>{@code zuora_requests_seconds{operationId, status}}: every answered request by the
 *       operation of the contracts it reached ({@code unknown} for none), count and latency;
 *   <li>{@code zuora_jobs_seconds{kind, outcome}}: each run of a job ({@code done}, {@code retry},
 *       {@code failed}) and how long it took; {@code zuora_jobs_wait_seconds{kind}}: from due to
 *       started; {@code zuora_jobs_pending}: the backlog (a gauge of {@code job.JobBacklog});
 *   <li>{@code zuora_idempotency_replays_total}: answers replayed for an Idempotency-Key;
 *   <li>{@code zuora_rate_limit_refusals_total{limit}}: requests answered 429 ({@code rate}, {@code
 *       concurrency}, {@code token}).
 * </ul>
 */
@ApplicationScoped
public class EmulatorMetrics {

    private final MeterRegistry registry;
    private final Counter replays;
    private final Map<String, Timer> requests = new ConcurrentHashMap<>();
    private final Map<String, Timer> jobs = new ConcurrentHashMap<>();
    private final Map<String, Timer> waits = new ConcurrentHashMap<>();
    private final Map<String, Counter> refusals = new ConcurrentHashMap<>();

    EmulatorMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.replays =
                Counter.builder("zuora.idempotency.replays")
                        .description("Answers replayed for an Idempotency-Key")
                        .register(registry);
    }

    /** An answered request: its operation ({@code unknown} for none), status and latency. */
    public void request(String operationId, int status, long nanos) {
        requests.computeIfAbsent(
                        operationId + ' ' + status,
                        k ->
                                Timer.builder("zuora.requests")
                                        .description("Answered requests by operation and status")
                                        .tag("operationId", operationId)
                                        .tag("status", String.valueOf(status))
                                        .register(registry))
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** A run of a job: its kind, {@code done}, {@code retry} or {@code failed}, and duration. */
    public void jobRan(String kind, String outcome, Duration took) {
        jobs.computeIfAbsent(
                        kind + ' ' + outcome,
                        k ->
                                Timer.builder("zuora.jobs")
                                        .description("Runs of jobs by kind and outcome")
                                        .tag("kind", kind)
                                        .tag("outcome", outcome)
                                        .register(registry))
                .record(took);
    }

    /** How long a job waited from due to started. */
    public void jobWaited(String kind, Duration waited) {
        waits.computeIfAbsent(
                        kind,
                        k ->
                                Timer.builder("zuora.jobs.wait")
                                        .description("From a job's due time to its start")
                                        .tag("kind", kind)
                                        .register(registry))
                .record(waited.isNegative() ? Duration.ZERO : waited);
    }

    public void idempotencyReplay() {
        replays.increment();
    }

    /** A request refused with 429: {@code rate}, {@code concurrency} or {@code token}. */
    public void rateLimitRefusal(String limit) {
        refusals.computeIfAbsent(
                        limit,
                        k ->
                                Counter.builder("zuora.rate.limit.refusals")
                                        .description("Requests answered 429 by the limit refused")
                                        .tag("limit", limit)
                                        .register(registry))
                .increment();
    }
}
