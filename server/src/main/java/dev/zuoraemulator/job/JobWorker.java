package dev.zuoraemulator.job;

import dev.zuoraemulator.common.EmulatorConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs pending jobs, oldest first, on {@code emulator.job-workers} threads. A dispatcher thread
 * reads the next due jobs in one query ({@value #LOOK_AHEAD} per worker) and hands them, in order,
 * to the workers as they free up; it reads again when it has handed them all, when a job is
 * committed, or every poll interval, which also picks up work accepted before a restart. A job is
 * never handed to two workers at once, and {@link JobService#run} locks its row and checks that it
 * is still pending, so it runs exactly once.
 */
@ApplicationScoped
public class JobWorker {

    private static final Logger LOG = Logger.getLogger(JobWorker.class);

    /** Due jobs read ahead per worker: one query per batch instead of one per job. */
    static final int LOOK_AHEAD = 32;

    private final Semaphore signal = new Semaphore(0);
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final EmulatorConfig config;
    private volatile boolean running;
    private Thread dispatcher;
    private ExecutorService workers;

    JobWorker(EmulatorConfig config) {
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        int threads = config.jobWorkers();
        AtomicInteger number = new AtomicInteger();
        workers =
                Executors.newFixedThreadPool(
                        threads,
                        r -> {
                            Thread thread = new Thread(r, "zuora-job-" + number.incrementAndGet());
                            thread.setDaemon(true);
                            return thread;
                        });
        dispatcher = new Thread(() -> dispatch(threads), "zuora-job-dispatcher");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (dispatcher != null) {
            dispatcher.interrupt();
            dispatcher.join(TimeUnit.SECONDS.toMillis(10));
        }
        if (workers != null) {
            // a running job finishes or rolls back with the transaction; a pending one waits for
            // the next start
            workers.shutdown();
            workers.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    public void wakeUp() {
        signal.release();
    }

    private void dispatch(int threads) {
        JobService jobs = CDI.current().select(JobService.class).get();
        JobControl control = CDI.current().select(JobControl.class).get();
        long pollMillis = config.jobPollInterval().toMillis();
        Deque<String> ahead = new ArrayDeque<>();
        while (running) {
            try {
                if (control.mode() == JobControl.Mode.MANUAL) {
                    // work waits for POST /emulator/v1/jobs/run; a change of mode wakes this up
                    ahead.clear();
                } else if (ahead.isEmpty()) {
                    // jobs committed later sort after those read: the batch is handed out first
                    ahead.addAll(jobs.due(threads * LOOK_AHEAD + inFlight.size()));
                    ahead.removeAll(inFlight);
                }
                int free = threads - inFlight.size();
                if (free > 0 && !ahead.isEmpty()) {
                    handOut(ahead, jobs, free);
                    continue;
                }
                if (!signal.tryAcquire(pollMillis, TimeUnit.MILLISECONDS)) {
                    ahead.clear(); // the poll reads afresh: jobs whose time has come
                }
                signal.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.error("Job dispatcher error; continuing", e);
                try {
                    Thread.sleep(pollMillis);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Hands up to {@code free} of the jobs read ahead, in order, to the workers. */
    private void handOut(Deque<String> ahead, JobService jobs, int free) {
        for (int handed = 0; handed < free && !ahead.isEmpty(); ) {
            String id = ahead.poll();
            if (inFlight.add(id)) {
                workers.execute(() -> runOne(jobs, id));
                handed++;
            }
        }
    }

    private void runOne(JobService jobs, String id) {
        try {
            jobs.attempt(id);
        } finally {
            inFlight.remove(id);
            signal.release();
        }
    }
}
