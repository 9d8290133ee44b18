package dev.zuoraemulator.idempotency;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Deletes expired Idempotency-Key records at start and every hour. Expired records are already
 * ignored when found; this keeps the table from growing for ever on a long-running emulator.
 */
@ApplicationScoped
public class IdempotencyHousekeeping {

    private static final Logger LOG = Logger.getLogger(IdempotencyHousekeeping.class);

    private final IdempotencyService store;
    private ScheduledExecutorService timer;

    IdempotencyHousekeeping(IdempotencyService store) {
        this.store = store;
    }

    void start(@Observes StartupEvent event) {
        timer =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread thread = new Thread(r, "zuora-idempotency-purge");
                            thread.setDaemon(true);
                            return thread;
                        });
        timer.scheduleWithFixedDelay(this::purge, 0, 1, TimeUnit.HOURS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void purge() {
        try {
            long purged = store.purgeExpired();
            if (purged > 0) {
                LOG.debugf("Purged %d expired Idempotency-Key records", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not purge expired Idempotency-Key records; trying again in an hour", e);
        }
    }
}
