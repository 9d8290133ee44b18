package dev.zuoraemulator.account;

import java.math.BigDecimal;

/**
 * What an account owes: the balance of its posted invoices (drafts do not count). Invoices know it
 * and implement this, so that accounts need not know invoices.
 */
public interface PostedBalances {

    BigDecimal postedBalance(String accountId);
}
