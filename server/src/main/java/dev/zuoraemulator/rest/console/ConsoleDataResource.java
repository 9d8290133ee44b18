package dev.zuoraemulator.rest.console;

import dev.zuoraemulator.account.Account;
import dev.zuoraemulator.account.AccountService;
import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.console.ConsoleForms;
import dev.zuoraemulator.console.ConsolePages;
import dev.zuoraemulator.consoleapi.ConsoleDataApi;
import dev.zuoraemulator.invoice.Invoice;
import dev.zuoraemulator.invoice.InvoiceBrowsing;
import jakarta.ws.rs.core.Response;
import java.util.Map;

public class ConsoleDataResource implements ConsoleDataApi {

    private static final int ITEMS_PAGE = 100;

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
        ConsolePages.Slice<Account> page =
                ConsolePages.slice(
                        accounts.page(
                                ConsoleForms.text(entity),
                                ConsoleForms.text(before),
                                ConsolePages.PAGE + 1),
                        a -> a.id);
        return pages.page(
                "accounts",
                "Accounts",
                Map.of(
                        "accounts",
                        page.shown(),
                        "entity",
                        entity == null ? "" : entity,
                        "entities",
                        config.entityIds(),
                        "next",
                        page.next()));
    }

    @Override
    public Response consoleAccount(String accountId, String before) {
        Account account = accounts.find(accountId);
        if (account == null) {
            return pages.message(404, "Not found", "No account " + accountId);
        }
        ConsolePages.Slice<Invoice> page =
                ConsolePages.slice(
                        invoices.ofAccount(
                                account.id, ConsoleForms.text(before), ConsolePages.PAGE + 1),
                        i -> i.id);
        return pages.page(
                "account",
                "Account " + account.accountNumber,
                Map.of(
                        "account", account,
                        "invoices", page.shown(),
                        "next", page.next()));
    }

    @Override
    public Response consoleInvoice(String invoiceId, Integer itemsPage) {
        int itemPage = itemsPage == null ? 1 : itemsPage;
        dev.zuoraemulator.invoice.InvoiceDetail detail =
                invoices.find(invoiceId, config.entityIds(), itemPage, ITEMS_PAGE);
        if (detail == null) {
            return pages.message(404, "Not found", "No invoice " + invoiceId);
        }
        return pages.page(
                "invoice",
                "Invoice " + detail.invoice().invoiceNumber,
                Map.of(
                        "detail", detail,
                        "itemsPage", itemPage,
                        "nextItems", detail.moreItems() ? String.valueOf(itemPage + 1) : ""));
    }
}
