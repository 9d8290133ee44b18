package dev.zuoraemulator.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The emulator's own settings, under the prefix {@code emulator}. */
@ConfigMapping(prefix = "emulator")
public interface EmulatorConfig {

    /** {@code emulator.default-entity-id}: the entity of a single-entity set-up. */
    String defaultEntityId();

    /**
     * {@code emulator.clients.<name>.*}: the OAuth clients, each bound to the entities it may act
     * in.
     */
    Map<String, Client> clients();

    /** Every configured entity: the default one and those of every client. */
    default Set<String> entityIds() {
        Set<String> entities = new LinkedHashSet<>();
        entities.add(defaultEntityId());
        clients().values().forEach(c -> entities.addAll(c.entityIds()));
        return entities;
    }

    /** {@code emulator.token-lifetime}: how long an access token lasts. */
    @WithDefault("3600s")
    Duration tokenLifetime();

    /**
     * {@code emulator.job-workers}: how many jobs (splits, bill-run steps) run at once, each in its
     * own transaction.
     */
    @WithDefault("2")
    int jobWorkers();

    /**
     * {@code emulator.job-poll-interval}: how often the job worker looks for work it was not told
     * about.
     */
    @WithDefault("500ms")
    Duration jobPollInterval();

    /**
     * {@code emulator.control-refresh}: how often an instance reads the test controls' settings
     * (clock, job mode) that another instance on the same database may have changed.
     */
    @WithDefault("250ms")
    Duration controlRefresh();

    /**
     * {@code emulator.job-delay}: how long accepted asynchronous work (a split) waits before it
     * runs, so that client code can be tested against work that is still in progress, as it is on
     * Zuora.
     */
    @WithDefault("0s")
    Duration jobDelay();

    /**
     * {@code emulator.max-body-size}: the largest request body, raw or after gzip decompression.
     */
    @WithDefault("10M")
    MemorySize maxBodySize();

    /**
     * {@code emulator.storage} ({@code EMULATOR_STORAGE}): where the embedded H2 keeps the data,
     * {@code file} (under ./data, survives restarts; the default) or {@code memory} (nothing on
     * disk, every start begins empty or from {@code emulator.snapshot.import}). It picks {@code
     * quarkus.datasource.jdbc.url} from {@link #storageUrl()}; declared here so that any other
     * value stops the start with the allowed ones named.
     */
    @WithDefault("file")
    Storage storage();

    /** {@code emulator.storage-url.<mode>}: the JDBC URL of each {@link Storage} mode. */
    Map<String, String> storageUrl();

    /** The values of {@code emulator.storage}. */
    enum Storage {
        FILE,
        MEMORY
    }

    /**
     * {@code emulator.storage-compact-interval}: how often the embedded H2 store rewrites the live
     * pages of its sparse chunks, so that its file and the chunk metadata it holds in memory stop
     * growing under sustained writes; {@code 0s} never.
     */
    @WithDefault("10s")
    Duration storageCompactInterval();

    /**
     * {@code emulator.journal.size}: how many recent requests the journal keeps in memory; {@code
     * 0} keeps none.
     */
    @WithName("journal.size")
    @WithDefault("1000")
    int journalSize();

    /**
     * {@code emulator.log.json}: one JSON object per log line (read by {@code
     * quarkus.log.console.json.enabled} in application.properties).
     */
    @WithName("log.json")
    @WithDefault("false")
    boolean logJson();

    /**
     * {@code emulator.postgresql.*}: the database of the PostgreSQL build (read by {@code
     * quarkus.datasource.*} in application.properties, which gives the defaults).
     */
    Postgresql postgresql();

    /** {@code emulator.snapshot.*}: snapshots of the test controls. */
    Snapshot snapshot();

    /** {@code emulator.admin.*}: the test controls under {@code /emulator/v1}. */
    Admin admin();

    /** {@code emulator.idempotency.*}: Idempotency-Key records. */
    Idempotency idempotency();

    /** {@code emulator.rate-limit.*}: the API quotas of the RateLimit-* headers (C11). */
    RateLimit rateLimit();

    /** {@code emulator.concurrency-limit.*}: the Concurrency-Limit-* headers' limits (C11). */
    ConcurrencyLimit concurrencyLimit();

    /** Zuora's tenant kinds and their API quotas per minute, hour and day (facts D8). */
    enum RateLimitProfile {
        PRODUCTION(50_000, 2_250_000, 27_000_000),
        DEVELOPER_SANDBOX(12_500, 25_000, 50_000),
        API_SANDBOX(2_500, 5_000, 10_000);

        public final int perMinute;
        public final int perHour;
        public final int perDay;

        RateLimitProfile(int perMinute, int perHour, int perDay) {
            this.perMinute = perMinute;
            this.perHour = perHour;
            this.perDay = perDay;
        }
    }

    interface RateLimit {
        /**
         * {@code emulator.rate-limit.profile}: {@code production}, {@code developer-sandbox} or
         * {@code api-sandbox}.
         */
        @WithDefault("production")
        RateLimitProfile profile();

        /** {@code emulator.rate-limit.api-per-minute}: overrides the profile's quota. */
        Optional<Integer> apiPerMinute();

        /** {@code emulator.rate-limit.api-per-hour}: overrides the profile's quota. */
        Optional<Integer> apiPerHour();

        /** {@code emulator.rate-limit.api-per-day}: overrides the profile's quota. */
        Optional<Integer> apiPerDay();

        /**
         * {@code emulator.rate-limit.enforce}: refuse with 429 what goes over a quota or a
         * concurrency limit, as Zuora does; by default the limits are only counted and reported.
         */
        @WithDefault("false")
        boolean enforce();
    }

    interface ConcurrencyLimit {
        /** {@code emulator.concurrency-limit.default}: Zuora's default limit. */
        @WithName("default")
        @WithDefault("40")
        int standard();

        /**
         * {@code emulator.concurrency-limit.high-volume}: the limit of Zuora's high-volume
         * operations (here: creating an account).
         */
        @WithDefault("200")
        int highVolume();
    }

    interface Idempotency {
        /**
         * {@code emulator.idempotency.retention}: how long a key's response is replayed (Zuora: 24
         * hours).
         */
        @WithDefault("24h")
        Duration retention();

        /**
         * {@code emulator.idempotency.abandoned-after}: a key still in flight after this long
         * belongs to a request that died with the server; a retry then runs again. Zuora ends
         * requests after 120 s.
         */
        @WithDefault("130s")
        Duration abandonedAfter();
    }

    interface Snapshot {
        /**
         * {@code emulator.snapshot.import}: a snapshot file (as {@code GET
         * /emulator/v1/snapshots/{name}/export} gives it, plain or gzipped) to load at start,
         * replacing what is stored.
         */
        @WithName("import")
        Optional<java.nio.file.Path> importFile();
    }

    interface Postgresql {
        Optional<String> host();

        Optional<Integer> port();

        Optional<String> database();

        Optional<String> username();

        Optional<String> password();
    }

    interface Admin {
        /**
         * {@code emulator.admin.enabled}: serve the test controls; with {@code false} every path
         * under {@code /emulator} answers 404.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * {@code emulator.admin.secret}: when set, every test-control call needs the header {@code
         * Emulator-Admin-Secret} with this value.
         */
        Optional<String> secret();
    }

    interface Client {
        /** {@code emulator.clients.<name>.client-id}: 36 characters, as Zuora's are. */
        String clientId();

        /** {@code emulator.clients.<name>.client-secret}. */
        String clientSecret();

        /** {@code emulator.clients.<name>.entity-ids}: comma-separated entity IDs. */
        List<String> entityIds();
    }
}
