package dev.zuoraemulator.billrun;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zuoraemulator.common.EntityScopedRepository;

@ApplicationScoped
public class BillRunRepository implements EntityScopedRepository<BillRun> {

    /** The entity's bill run with this ID or number (decision I1). */
    public Optional<BillRun> findByKey(String entityId, String key) {
        return find("entityId = ?1 and (id = ?2 or number = ?2)", entityId, key).firstResultOptional();
    }
}
