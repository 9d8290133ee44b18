package dev.zuoraemulator.numbering;

import dev.zuoraemulator.common.EmulatorConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;

/**
 * At start, every configured entity gets its number sequences, so no request ever has to create
 * one. Instances starting at once on one database may both try to create them: the one that loses
 * finds them on its second look.
 */
@ApplicationScoped
public class EntitySetup {

    void onStart(@Observes StartupEvent event, EmulatorConfig config, NumberingService numbering) {
        for (String entityId : config.entityIds()) {
            try {
                numbering.ensureSequences(entityId);
            } catch (PersistenceException createdMeanwhile) {
                numbering.ensureSequences(entityId);
            }
        }
    }
}
