package dev.zuoraemulator.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Part of {@code GET /q/health/ready}, beside Quarkus' check of the database connections: the
 * schema is at the version this build migrates to (no migration pending or failed). An instance
 * started against a database that another, newer instance migrated further is ready too: the schema
 * only grows.
 */
@Readiness
@ApplicationScoped
public class MigrationsCheck implements HealthCheck {

    private final Flyway flyway;

    MigrationsCheck(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            var info = flyway.info();
            MigrationInfo current = info.current();
            int pending = info.pending().length;
            boolean failed =
                    java.util.Arrays.stream(info.all()).anyMatch(m -> m.getState().isFailed());
            return HealthCheckResponse.named("Database migrations")
                    .status(pending == 0 && !failed && current != null)
                    .withData("version", current == null ? "none" : current.getVersion().toString())
                    .withData("pending", pending)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("Database migrations")
                    .down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
