package dev.zuoraemulator.health;

import dev.zuoraemulator.auth.TokenStore;
import dev.zuoraemulator.idempotency.IdempotencyService;
import dev.zuoraemulator.journal.RequestJournal;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * {@code GET /q/health/group/state}: what the emulator holds that grows with use and is purged over
 * time, for operators and for the soak run in {@code bench/}: tokens in memory, Idempotency-Key
 * records, and the request journal's entries and the bytes they hold (bounded by its size).
 */
@HealthGroup("state")
@ApplicationScoped
public class StateCheck implements HealthCheck {

    private final TokenStore tokens;
    private final IdempotencyService idempotency;
    private final RequestJournal journal;

    StateCheck(TokenStore tokens, IdempotencyService idempotency, RequestJournal journal) {
        this.tokens = tokens;
        this.idempotency = idempotency;
        this.journal = journal;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("state")
                .up()
                .withData("tokens", tokens.size())
                .withData("idempotencyKeys", idempotency.count())
                .withData("journalEntries", journal.size())
                .withData("journalBytes", journal.weight())
                .build();
    }
}
