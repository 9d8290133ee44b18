package dev.zuoraemulator.rest.console;

import dev.zuoraemulator.account.Account;
import dev.zuoraemulator.account.AccountService;
import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.console.ConsolePages;
import dev.zuoraemulator.consoleapi.ConsoleDataApi;
import dev.zuoraemulator.invoice.Invoice;
import dev.zuoraemulator.invoice.InvoiceBrowsing;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

public class ConsoleDataResource implements ConsoleDataApi {

    private static final int ITEMS_SHOWN = 200;

    private final ConsolePages pages;
    private final AccountService accounts;
    private final InvoiceBrowsing invoices;
    private final EmulatorConfig config;

    ConsoleDataResource(
            ConsolePages pages,
            AccountService accounts,
            InvoiceBrowsing invoices,
            EmulatorConfig config) {
        this.pages = pages;
        this.accounts = accounts;
        this.invoices = invoices;
        this.config = config;
    }

    @Override
    public Response consoleAccounts(String entity, String before) {
        List<Account> rows =
                accounts.page(blankToNull(entity), blankToNull(before), ConsolePages.PAGE + 1);
        boolean more = rows.size() > ConsolePages.PAGE;
        List<Account> shown = more ? rows.subList(0, ConsolePages.PAGE) : rows;
        return pages.page(
                "accounts",
                "Accounts",
                Map.of(
                        "accounts",
                        shown,
                        "entity",
                        entity == null ? "" : entity,
                        "entities",
                        config.entityIds(),
                        "next",
                        more ? shown.get(shown.size() - 1).id : ""));
    }

    @Override
    public Response consoleAccount(String accountId, String before) {
        Account account = accounts.find(accountId);
        if (account == null) {
            return pages.message(404, "Not found", "No account " + accountId);
        }
        List<Invoice> rows =
                invoices.ofAccount(account.id, blankToNull(before), ConsolePages.PAGE + 1);
        boolean more = rows.size() > ConsolePages.PAGE;
        List<Invoice> shown = more ? rows.subList(0, ConsolePages.PAGE) : rows;
        return pages.page(
                "account",
                "Account " + account.accountNumber,
                Map.of(
                        "account", account,
                        "invoices", shown,
                        "next", more ? shown.get(shown.size() - 1).id : ""));
    }

    @Override
    public Response consoleInvoice(String invoiceId) {
        dev.zuoraemulator.invoice.InvoiceDetail detail =
                invoices.find(invoiceId, config.entityIds(), ITEMS_SHOWN);
        if (detail == null) {
            return pages.message(404, "Not found", "No invoice " + invoiceId);
        }
        return pages.page(
                "invoice",
                "Invoice " + detail.invoice().invoiceNumber,
                Map.of("detail", detail, "itemsShown", ITEMS_SHOWN));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
