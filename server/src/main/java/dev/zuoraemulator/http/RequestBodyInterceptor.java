package dev.zuoraemulator.http;

import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.PayloadTooLargeException;
import dev.zuoraemulator.error.UnsupportedMediaException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Request bodies, before anything reads them: {@code Content-Encoding: gzip} is inflated as a
 * stream, and no body may exceed {@code emulator.max-body-size}, raw or inflated. A corrupt gzip
 * body answers 400 and an oversized one 413, in the operation's error shape; a bomb is never
 * inflated past the limit.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class RequestBodyInterceptor implements ReaderInterceptor {

    /** Resolved on first use: providers are created before configuration mappings are available. */
    private final Instance<EmulatorConfig> config;

    RequestBodyInterceptor(Instance<EmulatorConfig> config) {
        this.config = config;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = config.get().maxBodySize().asLongValue();
        String encoding = context.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING);
        InputStream in = context.getInputStream();
        if (encoding == null
                || encoding.isBlank()
                || encoding.trim().equalsIgnoreCase("identity")) {
            context.setInputStream(new Limited(in, limit, "the request body"));
        } else if (encoding.trim().equalsIgnoreCase("gzip")
                || encoding.trim().equalsIgnoreCase("x-gzip")) {
            try {
                context.setInputStream(
                        new Limited(
                                new Corruption(new GZIPInputStream(in)),
                                limit,
                                "the decompressed request body"));
            } catch (ZipException | java.io.EOFException e) {
                throw corrupt();
            }
            context.getHeaders().remove(HttpHeaders.CONTENT_ENCODING);
        } else {
            throw new UnsupportedMediaException(
                    "Content-Encoding: '" + encoding + "' is not supported; use gzip");
        }
        return context.proceed();
    }

    private static InvalidValueException corrupt() {
        return new InvalidValueException("Content-Encoding: the request body is not valid gzip");
    }

    /** Counts what is read and stops at the limit. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private final String what;
        private long count;

        Limited(InputStream in, long limit, String what) {
            super(in);
            this.limit = limit;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(what + " is larger than " + limit + " bytes");
            }
        }
    }

    /** Turns a corrupt gzip stream, found while reading, into a 400. */
    private static final class Corruption extends FilterInputStream {
        Corruption(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (ZipException | java.io.EOFException e) {
                throw corrupt();
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (ZipException | java.io.EOFException e) {
                throw corrupt();
            }
        }
    }
}
