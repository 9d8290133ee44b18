package dev.zuoraemulator.job;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * {@code zuora_jobs_pending}: the jobs not yet done, of every instance on the database (waiting,
 * due, or to be tried again), counted when the metrics are read, at most once a second.
 */
@ApplicationScoped
public class JobBacklog {

    private static final Logger LOG = Logger.getLogger(JobBacklog.class);
    private static final long FRESH_NANOS = 1_000_000_000L;

    private final DataSource database;
    private volatile long countedAt = System.nanoTime() - FRESH_NANOS;
    private volatile double pending;

    JobBacklog(DataSource database) {
        this.database = database;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("zuora.jobs.pending", this, JobBacklog::pending)
                .description("Jobs not yet done: waiting, due or to be tried again")
                .register(registry);
    }

    double pending() {
        if (System.nanoTime() - countedAt >= FRESH_NANOS) {
            countedAt = System.nanoTime();
            try (Connection connection = database.getConnection();
                    PreparedStatement count =
                            connection.prepareStatement(
                                    "SELECT COUNT(*) FROM job WHERE status = 'PENDING'");
                    ResultSet row = count.executeQuery()) {
                row.next();
                pending = row.getLong(1);
            } catch (SQLException e) {
                LOG.warn("Could not count the pending jobs", e);
                return Double.NaN;
            }
        }
        return pending;
    }
}
