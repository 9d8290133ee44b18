package dev.zuoraemulator.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zuoraemulator.error.MalformedJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A JSON body must be well-formed UTF-8; the check passes every valid byte through unchanged. */
class Utf8CheckedTest {

    private static byte[] read(byte[] body) throws IOException {
        try (var in = new RequestBodyInterceptor.Utf8Checked(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void passesEveryPlaneThrough() throws IOException {
        byte[] text =
                "{\"name\":\"Zoë – 東京 – \uD83D\uDE00 – \u0000\uFFFD\"}"
                        .getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(text, read(text));
        assertArrayEquals(bytes(0xF4, 0x8F, 0xBF, 0xBF), read(bytes(0xF4, 0x8F, 0xBF, 0xBF)));
    }

    @Test
    void refusesWhatIsNotUtf8() {
        int[][] invalid = {
            {0x80}, // a lone continuation byte
            {0xC0, 0xAF}, // an overlong '/'
            {0xC1, 0xBF}, // overlong
            {0xE0, 0x80, 0xAF}, // overlong in three bytes
            {0xED, 0xA0, 0x80}, // a surrogate
            {0xF0, 0x80, 0x80, 0xAF}, // overlong in four bytes
            {0xF4, 0x90, 0x80, 0x80}, // beyond U+10FFFF
            {0xF5, 0x80, 0x80, 0x80},
            {0xFF},
            {0xC3}, // truncated at the end
            {0xE2, 0x82}, // truncated
            {0xC3, 0x28}, // a lead byte followed by ASCII
        };
        for (int[] sequence : invalid) {
            // inside a body and at its very end
            byte[] inside = new byte[sequence.length + 2];
            inside[0] = 'a';
            System.arraycopy(bytes(sequence), 0, inside, 1, sequence.length);
            inside[inside.length - 1] = 'b';
            byte[] atEnd = java.util.Arrays.copyOf(inside, inside.length - 1);
            String name = java.util.Arrays.toString(sequence);
            assertThrows(MalformedJsonException.class, () -> read(inside), name);
            assertThrows(MalformedJsonException.class, () -> read(atEnd), name + " at the end");
        }
    }
}
