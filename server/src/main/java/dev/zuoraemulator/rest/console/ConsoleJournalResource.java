package dev.zuoraemulator.rest.console;

import dev.zuoraemulator.adminapi.model.JournalEntry;
import dev.zuoraemulator.console.ConsoleForms;
import dev.zuoraemulator.console.ConsolePages;
import dev.zuoraemulator.console.Curl;
import dev.zuoraemulator.consoleapi.ConsoleJournalApi;
import dev.zuoraemulator.control.JournalControlService;
import dev.zuoraemulator.journal.RequestJournal;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

public class ConsoleJournalResource implements ConsoleJournalApi {

    private final ConsolePages pages;
    private final JournalControlService journal;
    private final CurrentVertxRequest current;
    private final dev.zuoraemulator.common.EmulatorConfig entities;

    ConsoleJournalResource(
            ConsolePages pages,
            JournalControlService journal,
            CurrentVertxRequest current,
            dev.zuoraemulator.common.EmulatorConfig entities) {
        this.entities = entities;
        this.pages = pages;
        this.journal = journal;
        this.current = current;
    }

    @Override
    public Response consoleJournal(
            String entity,
            String operationId,
            String status,
            String idempotencyKey,
            String trackId,
            String before) {
        Integer wantedStatus;
        Long beforeSequence;
        try {
            wantedStatus =
                    ConsoleForms.text(status) == null ? null : Integer.valueOf(status.trim());
            beforeSequence = ConsoleForms.text(before) == null ? null : Long.valueOf(before.trim());
        } catch (NumberFormatException e) {
            return pages.message(400, "Refused", "status and before are numbers");
        }
        RequestJournal.Filter filter =
                new RequestJournal.Filter(
                        ConsoleForms.text(operationId),
                        null,
                        null,
                        wantedStatus,
                        null,
                        ConsoleForms.text(idempotencyKey),
                        ConsoleForms.text(trackId),
                        ConsoleForms.text(entity),
                        beforeSequence);
        ConsolePages.Slice<JournalEntry> page =
                ConsolePages.slice(
                        journal.find(filter, ConsolePages.PAGE + 1).getRequests(),
                        JournalEntry::getSequence);
        Map<String, Object> data = new HashMap<>();
        data.put("entries", page.shown());
        data.put("operationId", operationId == null ? "" : operationId);
        data.put("status", status == null ? "" : status);
        data.put("idempotencyKey", idempotencyKey == null ? "" : idempotencyKey);
        data.put("trackId", trackId == null ? "" : trackId);
        data.put("entity", entity == null ? "" : entity);
        data.put("entities", entities.entityIds());
        data.put("next", page.next());
        return pages.page("journal", "Journal", data);
    }

    @Override
    public Response consoleJournalEntry(Long sequence) {
        JournalEntry entry = journal.entry(sequence);
        if (entry == null) {
            return pages.message(
                    404, "Not found", "The journal holds no request " + sequence + " (any more)");
        }
        String base =
                current.getCurrent().request().scheme()
                        + "://"
                        + current.getCurrent().request().authority();
        return pages.page(
                "entry",
                "Request " + sequence,
                Map.of("entry", entry, "curl", Curl.of(entry, base)));
    }
}
