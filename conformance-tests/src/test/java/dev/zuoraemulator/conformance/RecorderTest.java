package dev.zuoraemulator.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The rules the recording mode infers from two observed values. */
@Tag("self-test")
class RecorderTest {

    @Test
    void knownFormatsBeforeShapes() {
        assertEquals(
                "regex:[0-9a-f]{32}",
                Recorder.infer(
                        "8a90876c8459e39601845a6c789e191b", "0123456789abcdef0123456789abcdef"));
        assertEquals(
                "regex:\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}",
                Recorder.infer("2022-11-08 17:26:09", "2026-12-02 10:00:00"));
        assertTrue(
                Recorder.infer(
                                "c652cbc0-ea38-4b9f-8185-6a93a2a74538",
                                "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9")
                        .startsWith("regex:[0-9a-fA-F]{8}-"));
    }

    @Test
    void numbersKeepTheirPrefixAndLength() {
        assertEquals("regex:INV\\d{8}", Recorder.infer("INV00000001", "INV00000417"));
        assertEquals("regex:BR-\\d{8}", Recorder.infer("BR-00000001", "BR-00170238"));
        assertEquals("regex:\\d{4}", Recorder.infer("3599", "3598"));
        assertTrue(Pattern.matches(Recorder.shape("a.b(c)+1"), "a.b(c)+7"));
        assertEquals("regex:[0-9A-F]{16}", Recorder.infer("ED536E09A5DA1B18", "5F1F8BDC2A9D4B10"));
        assertEquals(
                "regex:item [0-9a-f]{12} first",
                Recorder.infer("item 01a2372826d7 first", "item 9ed5ee2517fc first"));
        assertEquals("regex:[0-9A-F]{16}", Recorder.infer("ED536E09A5DA1B18", "5F1F8BDC2A9D4B10"));
        assertEquals(
                "regex:item [0-9a-f]{12} first",
                Recorder.infer("item 01a2372826d7 first", "item 9ed5ee2517fc first"));
    }

    @Test
    void differentShapesFallBackToAnyText() {
        assertEquals("regex:.+", Recorder.infer("Acme", "Globex Corporation"));
        assertEquals("any", Recorder.infer("", "x"));
    }
}
