package dev.zuoraemulator.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contract's table of error codes lists exactly what {@link ErrorKind} can answer, code and
 * status.
 */
class ErrorKindTest {

    private static final Path CONTRACT = Path.of("../openapi/src/main/openapi/openapi.yaml");
    private static final Pattern ROW =
            Pattern.compile("^\\s*\\| (\\d{8}) \\| [^|]+ \\| ([\\d /]+) \\|", Pattern.MULTILINE);

    /**
     * Answered with bodies of their own, without a code (C2, and Zuora's unknown-field message).
     */
    private static final Set<ErrorKind> WITHOUT_CODE =
            EnumSet.of(ErrorKind.UNAUTHENTICATED, ErrorKind.UNKNOWN_FIELD);

    @Test
    void theContractListsEveryCodeAndStatusTheEmulatorAnswers() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher row = ROW.matcher(Files.readString(CONTRACT));
        while (row.find()) {
            for (String status : row.group(2).trim().split("\\s*/\\s*")) {
                documented.add(row.group(1) + " " + status);
            }
        }
        Set<String> answered = new TreeSet<>();
        for (ErrorKind kind : ErrorKind.values()) {
            if (!WITHOUT_CODE.contains(kind)) {
                answered.add(kind.category().code() + " " + kind.status());
            }
        }
        assertEquals(answered, documented);
    }
}
