package dev.zuoraemulator.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zuoraemulator.common.EntityScopedRepository;

@ApplicationScoped
public class AccountRepository implements EntityScopedRepository<Account> {

    /** The entity's account with this ID or number. */
    public Optional<Account> findByKey(String entityId, String key) {
        return find("entityId = ?1 and (id = ?2 or accountNumber = ?2)", entityId, key).firstResultOptional();
    }

    public boolean numberTaken(String entityId, String accountNumber) {
        return count("entityId = ?1 and accountNumber = ?2", entityId, accountNumber) > 0;
    }
}
