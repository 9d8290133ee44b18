package dev.zuoraemulator.numbering;

import dev.zuoraemulator.common.EmulatorConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * At start, every configured entity gets its number sequences, so no request ever has to create
 * one.
 */
@ApplicationScoped
public class EntitySetup {

    void onStart(@Observes StartupEvent event, EmulatorConfig config, NumberingService numbering) {
        config.entityIds().forEach(numbering::ensureSequences);
    }
}
