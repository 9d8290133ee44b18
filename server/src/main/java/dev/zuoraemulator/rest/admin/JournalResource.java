package dev.zuoraemulator.rest.admin;

import dev.zuoraemulator.adminapi.JournalApi;
import dev.zuoraemulator.adminapi.model.JournalCount;
import dev.zuoraemulator.adminapi.model.JournalEntries;
import dev.zuoraemulator.control.JournalControlService;
import java.time.OffsetDateTime;

public class JournalResource implements JournalApi {

    private final JournalControlService journal;

    JournalResource(JournalControlService journal) {
        this.journal = journal;
    }

    @Override
    public JournalEntries listRequests(
            String operationId,
            String method,
            String path,
            Integer status,
            OffsetDateTime since,
            Integer limit) {
        return journal.find(
                JournalControlService.filter(operationId, method, path, status, since),
                limit == null ? 100 : limit);
    }

    @Override
    public JournalCount countRequests(
            String operationId, String method, String path, Integer status, OffsetDateTime since) {
        return new JournalCount()
                .count(
                        journal.count(
                                JournalControlService.filter(
                                        operationId, method, path, status, since)));
    }

    @Override
    public void clearRequests() {
        journal.clear();
    }
}
