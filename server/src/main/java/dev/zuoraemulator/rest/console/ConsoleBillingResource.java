package dev.zuoraemulator.rest.console;

import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.console.ConsoleForms;
import dev.zuoraemulator.console.ConsolePages;
import dev.zuoraemulator.consoleapi.ConsoleBillingApi;
import dev.zuoraemulator.schedule.InvoiceSchedule;
import dev.zuoraemulator.schedule.ScheduleBrowsing;
import dev.zuoraemulator.split.InvoiceSplit;
import dev.zuoraemulator.split.SplitBrowsing;
import jakarta.ws.rs.core.Response;
import java.util.Map;

public class ConsoleBillingResource implements ConsoleBillingApi {

    private final ConsolePages pages;
    private final SplitBrowsing splits;
    private final ScheduleBrowsing schedules;
    private final EmulatorConfig config;

    ConsoleBillingResource(
            ConsolePages pages,
            SplitBrowsing splits,
            ScheduleBrowsing schedules,
            EmulatorConfig config) {
        this.pages = pages;
        this.splits = splits;
        this.schedules = schedules;
        this.config = config;
    }

    @Override
    public Response consoleSplits(String entity, String before) {
        String only = ConsoleForms.text(entity);
        ConsolePages.Slice<InvoiceSplit> page =
                ConsolePages.slice(
                        splits.page(only, ConsoleForms.text(before), ConsolePages.PAGE + 1),
                        s -> s.id);
        return pages.page(
                "splits",
                "Splits",
                Map.of(
                        "splits", page.shown(),
                        "next", page.next(),
                        "newer",
                                splits.newerOriginals(
                                        only == null ? config.entityIds() : java.util.Set.of(only),
                                        ConsolePages.PAGE),
                        "entity", only == null ? "" : only,
                        "entities", config.entityIds()));
    }

    @Override
    public Response consoleSplit(String splitId) {
        SplitBrowsing.SplitDetail detail = splits.find(splitId);
        if (detail == null) {
            return pages.message(404, "Not found", "No InvoiceSplit " + splitId);
        }
        return pages.page("split", "InvoiceSplit " + splitId, Map.of("detail", detail));
    }

    @Override
    public Response consoleSchedules(String entity, String before) {
        String only = ConsoleForms.text(entity);
        ConsolePages.Slice<InvoiceSchedule> page =
                ConsolePages.slice(
                        schedules.page(only, ConsoleForms.text(before), ConsolePages.PAGE + 1),
                        s -> s.id);
        return pages.page(
                "schedules",
                "Invoice schedules",
                Map.of(
                        "schedules", page.shown(),
                        "next", page.next(),
                        "entity", only == null ? "" : only,
                        "entities", config.entityIds()));
    }

    @Override
    public Response consoleSchedule(String scheduleId) {
        ScheduleBrowsing.ScheduleDetail detail = schedules.find(scheduleId);
        if (detail == null) {
            return pages.message(404, "Not found", "No invoice schedule " + scheduleId);
        }
        return pages.page(
                "schedule",
                "Invoice schedule " + detail.schedule().number,
                Map.of("detail", detail));
    }
}
