package dev.zuoraemulator.idempotency;

import dev.zuoraemulator.common.EmulatorConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Deletes expired Idempotency-Key records at start and then every hour, or as often as the
 * retention when that is shorter. Expired records are already ignored when found; this keeps the
 * table from growing for ever on a long-running emulator.
 */
@ApplicationScoped
public class IdempotencyHousekeeping {

    private static final Logger LOG = Logger.getLogger(IdempotencyHousekeeping.class);

    private final IdempotencyService store;
    private final long intervalSeconds;
    private ScheduledExecutorService timer;

    IdempotencyHousekeeping(IdempotencyService store, EmulatorConfig config) {
        this.store = store;
        this.intervalSeconds =
                Math.max(1, Math.min(3600, config.idempotency().retention().toSeconds()));
    }

    void start(@Observes StartupEvent event) {
        timer =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread thread = new Thread(r, "zuora-idempotency-purge");
                            thread.setDaemon(true);
                            return thread;
                        });
        timer.scheduleWithFixedDelay(this::purge, 0, intervalSeconds, TimeUnit.SECONDS);
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
            LOG.warnf(
                    e,
                    "Could not purge expired Idempotency-Key records; trying again in %d s",
                    intervalSeconds);
        }
    }
}
