package dev.zuoraemulator.control;

import dev.zuoraemulator.adminapi.model.JournalEntries;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.journal.RequestJournal;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The test controls' view of the request journal. */
@ApplicationScoped
public class JournalControlService {

    private final RequestJournal journal;

    JournalControlService(RequestJournal journal) {
        this.journal = journal;
    }

    public JournalEntries find(RequestJournal.Filter filter, int limit) {
        return new JournalEntries()
                .requests(journal.find(filter, limit).stream().map(AdminMapper::entry).toList());
    }

    /** The entry of this sequence number, or null once the journal has dropped it. */
    public dev.zuoraemulator.adminapi.model.JournalEntry entry(long sequence) {
        RequestJournal.Named named = journal.entry(sequence);
        return named == null ? null : AdminMapper.entry(named);
    }

    public long count(RequestJournal.Filter filter) {
        return journal.count(filter);
    }

    public void clear() {
        journal.clear();
    }

    /** The filter of the query parameters; a path that is not a regular expression is refused. */
    public static RequestJournal.Filter filter(
            String operationId, String method, String path, Integer status, OffsetDateTime since) {
        Pattern pattern;
        try {
            pattern = path == null ? null : Pattern.compile(path);
        } catch (PatternSyntaxException e) {
            throw new InvalidValueException(
                    "path: not a regular expression: " + e.getDescription());
        }
        return new RequestJournal.Filter(
                operationId, method, pattern, status, since == null ? null : since.toInstant());
    }
}
