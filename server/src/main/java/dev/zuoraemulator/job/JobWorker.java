package dev.zuoraemulator.job;

import dev.zuoraemulator.common.EmulatorConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * One thread that runs pending jobs in order. It is woken when a job is committed and otherwise
 * looks for due jobs every poll interval, which also picks up work accepted before a restart.
 */
@ApplicationScoped
public class JobWorker {

    private static final Logger LOG = Logger.getLogger(JobWorker.class);

    private final Semaphore signal = new Semaphore(0);
    private final EmulatorConfig config;
    private volatile boolean running;
    private Thread thread;

    JobWorker(EmulatorConfig config) {
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::loop, "zuora-job-worker");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    public void wakeUp() {
        signal.release();
    }

    private void loop() {
        JobService jobs = CDI.current().select(JobService.class).get();
        long pollMillis = config.jobPollInterval().toMillis();
        while (running) {
            try {
                Optional<String> next = jobs.nextDue();
                if (next.isPresent()) {
                    try {
                        jobs.run(next.get());
                    } catch (RuntimeException e) {
                        jobs.recordFailure(next.get(), e);
                    }
                    continue;
                }
                signal.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
                signal.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.error("Job worker error; continuing", e);
                try {
                    Thread.sleep(pollMillis);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
