package dev.zuoraemulator.health;

import dev.zuoraemulator.storage.EmbeddedStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Part of {@code GET /q/health/ready}: where this instance keeps its data ({@code emulator.storage}
 * or a database server), so that a CI job or an operator can see whether state survives a restart:
 * {@code file} does, {@code memory} does not.
 */
@Readiness
@ApplicationScoped
public class StorageCheck implements HealthCheck {

    private final EmbeddedStore store;

    StorageCheck(EmbeddedStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Storage")
                .up()
                .withData("mode", store.mode().label())
                .withData("location", store.location())
                .withData("survivesRestart", store.mode() != EmbeddedStore.Mode.MEMORY)
                .build();
    }
}
