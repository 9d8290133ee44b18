package dev.zuoraemulator.control;

import dev.zuoraemulator.auth.TokenStore;
import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.job.JobControl;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The test controls' settings that every instance on the database follows: the clock and the job
 * mode, one row of {@code emulator_control}. A change is computed from the row under its lock (so
 * two instances advancing the clock at once advance it twice), written with a new version, and
 * followed here at once; every other instance reads the version every {@code
 * emulator.control-refresh} and follows a change within that time. The settings outlive a restart,
 * as the stored objects do; a full reset puts them back to their defaults. Following any change, an
 * instance also forgets the token grants it holds in memory, so that tokens expired by another
 * instance ({@link TokensControlService}) are refused here too.
 */
@ApplicationScoped
public class SharedControls {

    /** The settings as stored: a null delay is {@code emulator.job-delay}. */
    public record Controls(ZuoraTime.Setting clock, JobControl.Mode mode, Duration jobDelay) {

        static final Controls DEFAULTS =
                new Controls(ZuoraTime.Setting.REAL_TIME, JobControl.Mode.AUTO, null);

        Controls withClock(ZuoraTime.Setting setting) {
            return new Controls(setting, mode, jobDelay);
        }

        /** The mode and delay given; a null keeps the current one. */
        Controls withJobs(JobControl.Mode newMode, Duration newDelay) {
            return new Controls(
                    clock,
                    newMode == null ? mode : newMode,
                    newDelay == null ? jobDelay : newDelay);
        }
    }

    private static final Logger LOG = Logger.getLogger(SharedControls.class);

    private final DataSource database;
    private final ZuoraTime time;
    private final JobControl jobs;
    private final TokenStore tokens;
    private final Duration refresh;
    private volatile long followed = -1;
    private volatile boolean running;
    private Thread refresher;

    SharedControls(
            DataSource database,
            ZuoraTime time,
            JobControl jobs,
            TokenStore tokens,
            EmulatorConfig config) {
        this.database = database;
        this.time = time;
        this.jobs = jobs;
        this.tokens = tokens;
        this.refresh = config.controlRefresh();
    }

    /** Before anything reads the clock: the settings as another instance or run left them. */
    void start(@Observes @Priority(1) StartupEvent event) {
        refresh();
        running = true;
        refresher = new Thread(this::followChanges, "zuora-control-refresh");
        refresher.setDaemon(true);
        refresher.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (refresher != null) {
            refresher.interrupt();
        }
    }

    /** Changes the settings for every instance, from their stored values; answers the result. */
    public Controls update(UnaryOperator<Controls> change) {
        long version;
        Controls changed;
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Stored current = read(connection, " FOR UPDATE");
                changed = change.apply(current.controls);
                version = current.version + 1;
                write(connection, version, changed);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true); // as the pool lends it
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the shared controls", e);
        }
        follow(version, changed);
        return changed;
    }

    /** Back to real time, auto, {@code emulator.job-delay}. */
    public void reset() {
        update(c -> Controls.DEFAULTS);
    }

    /** Reads the stored settings and follows them if they changed since they were last followed. */
    void refresh() {
        try (Connection connection = database.getConnection()) {
            Stored stored = read(connection, "");
            if (stored.version != followed) {
                follow(stored.version, stored.controls);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the shared controls", e);
        }
    }

    private synchronized void follow(long version, Controls controls) {
        if (version <= followed) {
            return; // a newer version was followed meanwhile
        }
        followed = version;
        time.adopt(controls.clock);
        jobs.adopt(controls.mode, controls.jobDelay);
        tokens.forgetSeen();
    }

    private void followChanges() {
        while (running) {
            try {
                TimeUnit.MILLISECONDS.sleep(refresh.toMillis());
                refresh();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warn("Could not read the shared controls; trying again", e);
                }
            }
        }
    }

    private record Stored(long version, Controls controls) {}

    private static Stored read(Connection connection, String lock) throws SQLException {
        try (PreparedStatement select =
                        connection.prepareStatement(
                                "SELECT version, clock_offset_nanos, clock_frozen_nanos, job_mode,"
                                        + " job_delay_millis FROM emulator_control WHERE id = 1"
                                        + lock);
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("emulator_control has no row: the migrations did not run");
            }
            long frozen = row.getLong(3);
            ZuoraTime.Setting clock =
                    row.wasNull()
                            ? new ZuoraTime.Setting(Duration.ofNanos(row.getLong(2)), null)
                            : new ZuoraTime.Setting(Duration.ZERO, instantOfNanos(frozen));
            long delay = row.getLong(5);
            return new Stored(
                    row.getLong(1),
                    new Controls(
                            clock,
                            JobControl.Mode.valueOf(row.getString(4)),
                            row.wasNull() ? null : Duration.ofMillis(delay)));
        }
    }

    private static void write(Connection connection, long version, Controls controls)
            throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement(
                        "UPDATE emulator_control SET version = ?, clock_offset_nanos = ?,"
                                + " clock_frozen_nanos = ?, job_mode = ?, job_delay_millis = ?"
                                + " WHERE id = 1")) {
            update.setLong(1, version);
            update.setLong(2, controls.clock.offset().toNanos());
            if (controls.clock.frozenAt() == null) {
                update.setNull(3, Types.BIGINT);
            } else {
                update.setLong(3, nanosOf(controls.clock.frozenAt()));
            }
            update.setString(4, controls.mode.name());
            if (controls.jobDelay == null) {
                update.setNull(5, Types.BIGINT);
            } else {
                update.setLong(5, controls.jobDelay.toMillis());
            }
            update.executeUpdate();
        }
    }

    private static long nanosOf(Instant instant) {
        return Math.addExact(
                Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private static Instant instantOfNanos(long nanos) {
        return Instant.ofEpochSecond(
                Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
