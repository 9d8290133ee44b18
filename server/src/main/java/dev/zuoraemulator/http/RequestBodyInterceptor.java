package dev.zuoraemulator.http;

import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.MalformedJsonException;
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
 * inflated past the limit. A JSON body must be UTF-8 (RFC 8259): bytes that are not (an overlong
 * form, a lone continuation byte, a surrogate, a truncated sequence) answer 400 as malformed JSON,
 * where a lenient decoder would have stored a replacement character.
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
        boolean json =
                context.getMediaType() != null
                        && context.getMediaType()
                                .getSubtype()
                                .toLowerCase(java.util.Locale.ROOT)
                                .endsWith("json");
        if (encoding == null
                || encoding.isBlank()
                || encoding.trim().equalsIgnoreCase("identity")) {
            context.setInputStream(utf8(json, new Limited(in, limit, "the request body")));
        } else if (encoding.trim().equalsIgnoreCase("gzip")
                || encoding.trim().equalsIgnoreCase("x-gzip")) {
            try {
                context.setInputStream(
                        utf8(
                                json,
                                new Limited(
                                        new Corruption(new GZIPInputStream(in)),
                                        limit,
                                        "the decompressed request body")));
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

    private static InputStream utf8(boolean json, InputStream in) {
        return json ? new Utf8Checked(in) : in;
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

    /**
     * Checks the bytes passing through are well-formed UTF-8 (RFC 3629: shortest form, no
     * surrogates, at most U+10FFFF), byte by byte, so that nothing is buffered.
     */
    static final class Utf8Checked extends FilterInputStream {
        private int pending;
        private int low = 0x80;
        private int high = 0xBF;
        private long offset;

        Utf8Checked(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                end();
            } else {
                check(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int start, int length) throws IOException {
            int n = super.read(buffer, start, length);
            if (n < 0) {
                end();
            }
            for (int i = 0; i < n; i++) {
                check(buffer[start + i] & 0xFF);
            }
            return n;
        }

        private void check(int b) {
            if (pending > 0) {
                if (b < low || b > high) {
                    throw invalid();
                }
                pending--;
                low = 0x80;
                high = 0xBF;
            } else if (b >= 0x80) {
                if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    pending = 2;
                    low = b == 0xE0 ? 0xA0 : 0x80;
                    high = b == 0xED ? 0x9F : 0xBF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    pending = 3;
                    low = b == 0xF0 ? 0x90 : 0x80;
                    high = b == 0xF4 ? 0x8F : 0xBF;
                } else {
                    throw invalid();
                }
            }
            offset++;
        }

        private void end() {
            if (pending > 0) {
                throw invalid();
            }
        }

        private MalformedJsonException invalid() {
            return new MalformedJsonException(
                    "Malformed JSON: the body is not UTF-8 (byte " + offset + ")");
        }
    }
}
