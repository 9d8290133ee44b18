package dev.zuoraemulator.job;

import dev.zuoraemulator.common.EmulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * How accepted work runs, as the test controls set it: by itself once due ({@code auto}), or only
 * when a test asks ({@code manual}); and how long new work waits before it is due ({@code
 * emulator.job-delay} by default).
 */
@ApplicationScoped
public class JobControl {

    public enum Mode {
        AUTO,
        MANUAL
    }

    private record Setting(Mode mode, Duration delay) {}

    private final EmulatorConfig config;
    private final JobWorker worker;
    private volatile Setting setting;

    JobControl(EmulatorConfig config, JobWorker worker) {
        this.config = config;
        this.worker = worker;
        this.setting = defaults();
    }

    public Mode mode() {
        return setting.mode;
    }

    public Duration delay() {
        return setting.delay;
    }

    /** Sets what is given (a null keeps its current value); back in auto, due work runs at once. */
    public synchronized void set(Mode mode, Duration delay) {
        Setting s = setting;
        setting = new Setting(mode == null ? s.mode : mode, delay == null ? s.delay : delay);
        worker.wakeUp();
    }

    /** Back to the configured defaults: auto, {@code emulator.job-delay}. */
    public synchronized void reset() {
        setting = defaults();
        worker.wakeUp();
    }

    private Setting defaults() {
        return new Setting(Mode.AUTO, config.jobDelay());
    }
}
