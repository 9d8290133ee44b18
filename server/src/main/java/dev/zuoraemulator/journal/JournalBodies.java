package dev.zuoraemulator.journal;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bodies of a journaled request as the resources read and wrote them: the request after gzip is
 * inflated, the answer before it is compressed. Each is copied as it streams, up to {@link
 * RequestJournal#MAX_BODY} bytes; nothing is read twice.
 */
@Provider
@Priority(Priorities.USER + 100) // innermost: the body as the resource reads it
public class JournalBodies implements ReaderInterceptor {

    private final CurrentVertxRequest current;

    JournalBodies(CurrentVertxRequest current) {
        this.current = current;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        EntryDraft draft = draft(current);
        if (draft == null) {
            return context.proceed();
        }
        Copy copy = new Copy();
        draft.requestCopy = copy;
        context.setInputStream(new TeeIn(context.getInputStream(), copy));
        return context.proceed();
    }

    static EntryDraft draft(CurrentVertxRequest current) {
        var rc = current.getCurrent();
        return rc == null ? null : rc.get(JournalCapture.DRAFT);
    }

    /** The first {@link RequestJournal#MAX_BODY} bytes of a stream. */
    static final class Copy extends ByteArrayOutputStream {
        void copy(byte[] bytes, int offset, int length) {
            int room = RequestJournal.MAX_BODY - count;
            if (room > 0) {
                write(bytes, offset, Math.min(room, length));
            }
        }

        void copy(int b) {
            if (count < RequestJournal.MAX_BODY) {
                write(b);
            }
        }

        synchronized String text() {
            return new String(buf, 0, count, StandardCharsets.UTF_8);
        }
    }

    private static final class TeeIn extends FilterInputStream {
        private final Copy copy;

        TeeIn(InputStream in, Copy copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                copy.copy(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                copy.copy(buffer, offset, n);
            }
            return n;
        }
    }
}
