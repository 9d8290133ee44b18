package dev.zuoraemulator.rest.console;

import dev.zuoraemulator.account.Account;
import dev.zuoraemulator.account.AccountService;
import dev.zuoraemulator.adminapi.model.JobMode;
import dev.zuoraemulator.adminapi.model.JobStatus;
import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.console.ConsoleForms;
import dev.zuoraemulator.console.ConsolePages;
import dev.zuoraemulator.consoleapi.ConsoleOverviewApi;
import dev.zuoraemulator.control.AdminMapper;
import dev.zuoraemulator.control.ClockService;
import dev.zuoraemulator.control.JobsControlService;
import dev.zuoraemulator.invoice.InvoiceBrowsing;
import jakarta.ws.rs.core.Response;
import java.util.Map;

public class ConsoleOverviewResource implements ConsoleOverviewApi {

    private final ConsolePages pages;
    private final ClockService clock;
    private final JobsControlService jobs;
    private final AccountService accounts;
    private final InvoiceBrowsing invoices;
    private final EmulatorConfig config;

    ConsoleOverviewResource(
            ConsolePages pages,
            ClockService clock,
            JobsControlService jobs,
            AccountService accounts,
            InvoiceBrowsing invoices,
            EmulatorConfig config) {
        this.pages = pages;
        this.clock = clock;
        this.jobs = jobs;
        this.accounts = accounts;
        this.invoices = invoices;
        this.config = config;
    }

    @Override
    public Response consoleHome(String entity) {
        JobMode mode = jobs.mode();
        return pages.page(
                "home",
                "Overview",
                Map.of(
                        "now", clock.clock().now().toString(),
                        "frozen", clock.clock().frozen(),
                        "mode", mode.getMode().toString(),
                        "delay", mode.getDelay(),
                        "pending",
                                jobs
                                        .list(
                                                JobStatus.PENDING,
                                                ConsoleForms.text(entity),
                                                ConsolePages.PAGE)
                                        .stream()
                                        .map(AdminMapper::job)
                                        .toList(),
                        "entities", config.entityIds()));
    }

    @Override
    public Response consoleSearch(String q) {
        String key = q.trim();
        Account account = accounts.find(key);
        if (account != null) {
            return ConsolePages.redirect("/emulator/console/accounts/" + account.id);
        }
        for (String entity : config.entityIds()) {
            try {
                account = accounts.getAccount(entity, key);
                return ConsolePages.redirect("/emulator/console/accounts/" + account.id);
            } catch (dev.zuoraemulator.error.ObjectNotFoundException notThisOne) {
                // the next entity
            }
        }
        dev.zuoraemulator.invoice.InvoiceDetail invoice =
                invoices.find(key, config.entityIds(), 1, 1);
        if (invoice != null) {
            return ConsolePages.redirect("/emulator/console/invoices/" + invoice.invoice().id);
        }
        return pages.message(404, "Not found", "No account or invoice has the ID or number " + key);
    }
}
