package dev.zuoraemulator.control;

import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.job.JobWorker;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * The test controls' clock: {@link ZuoraTime} set, advanced or back to real time. Work that a move
 * makes due runs at once in the auto job mode.
 */
@ApplicationScoped
public class ClockService {

    private final ZuoraTime time;
    private final JobWorker worker;

    ClockService(ZuoraTime time, JobWorker worker) {
        this.time = time;
        this.worker = worker;
    }

    public ZuoraTime clock() {
        return time;
    }

    public void set(Instant now, boolean frozen) {
        time.set(now, frozen);
        worker.wakeUp();
    }

    /** Moves the clock forward by an ISO 8601 duration or calendar period. */
    public void advance(String duration) {
        Instant now = time.now();
        time.advance(Duration.between(now, Durations.forward("duration", duration).apply(now)));
        worker.wakeUp();
    }

    public void reset() {
        time.reset();
        worker.wakeUp();
    }
}
