package dev.zuoraemulator.journal;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The answer of a journaled request as the resource writes it, before it is compressed: its first
 * {@link RequestJournal#MAX_BODY} bytes.
 */
@Provider
@Priority(Priorities.USER + 100)
public class JournalAnswers implements WriterInterceptor {

    private final CurrentVertxRequest current;

    JournalAnswers(CurrentVertxRequest current) {
        this.current = current;
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        EntryDraft draft = JournalBodies.draft(current);
        if (draft == null) {
            context.proceed();
            return;
        }
        // the whole answer, then its length: an answer of known length is sent in one piece, not
        // chunked, and compressed only over Zuora's threshold (HttpConventionsFilter)
        OutputStream out = context.getOutputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        context.setOutputStream(answer);
        context.proceed();
        JournalBodies.Copy copy = new JournalBodies.Copy();
        byte[] bytes = answer.toByteArray();
        copy.copy(bytes, 0, bytes.length);
        draft.responseCopy = copy;
        context.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, bytes.length);
        out.write(bytes);
    }
}
