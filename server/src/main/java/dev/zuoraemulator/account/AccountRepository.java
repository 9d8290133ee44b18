package dev.zuoraemulator.account;

import dev.zuoraemulator.common.NumberedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AccountRepository implements NumberedRepository<Account> {

    @Override
    public String numberProperty() {
        return "accountNumber";
    }

    public boolean numberTaken(String entityId, String accountNumber) {
        return count("entityId = ?1 and accountNumber = ?2", entityId, accountNumber) > 0;
    }
}
