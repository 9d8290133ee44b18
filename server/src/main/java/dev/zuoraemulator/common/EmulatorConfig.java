package dev.zuoraemulator.common;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The emulator's own settings, under the prefix {@code emulator}. */
@ConfigMapping(prefix = "emulator")
public interface EmulatorConfig {

    /** {@code emulator.default-entity-id}: the entity of a single-entity set-up. */
    String defaultEntityId();

    /** {@code emulator.clients.<name>.*}: the OAuth clients, each bound to the entities it may act in. */
    Map<String, Client> clients();

    /** {@code emulator.token-lifetime}: how long an access token lasts. */
    @WithDefault("3600s")
    Duration tokenLifetime();

    /** {@code emulator.job-poll-interval}: how often the job worker looks for work it was not told about. */
    @WithDefault("500ms")
    Duration jobPollInterval();

    /**
     * {@code emulator.job-delay}: how long accepted asynchronous work (a split) waits before it runs, so that client
     * code can be tested against work that is still in progress, as it is on Zuora.
     */
    @WithDefault("0s")
    Duration jobDelay();

    interface Client {
        /** {@code emulator.clients.<name>.client-id}: 36 characters, as Zuora's are. */
        String clientId();

        /** {@code emulator.clients.<name>.client-secret}. */
        String clientSecret();

        /** {@code emulator.clients.<name>.entity-ids}: comma-separated entity IDs. */
        List<String> entityIds();
    }
}
