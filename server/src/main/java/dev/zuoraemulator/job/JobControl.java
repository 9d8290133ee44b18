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

    /**
     * Follows the mode and the delay, {@code null} for {@code emulator.job-delay} (the test
     * controls keep both in the database, shared by every instance: {@code
     * control.SharedControls}); back in auto, due work runs at once.
     */
    public void adopt(Mode mode, Duration delay) {
        setting = new Setting(mode, delay == null ? config.jobDelay() : delay);
        worker.wakeUp();
    }

    private Setting defaults() {
        return new Setting(Mode.AUTO, config.jobDelay());
    }
}
