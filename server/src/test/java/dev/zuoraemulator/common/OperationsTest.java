package dev.zuoraemulator.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperationsTest {

    /** The line scan finds exactly what a YAML parser finds: the contracts cannot drift from it. */
    @Test
    void theLineScanFindsEveryOperationOfTheContracts() throws IOException {
        for (String contract : Operations.CONTRACTS) {
            List<String> parsed = new ArrayList<>();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(contract)) {
                JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(in).get("paths");
                paths.fields()
                        .forEachRemaining(
                                path ->
                                        path.getValue()
                                                .fields()
                                                .forEachRemaining(
                                                        op ->
                                                                parsed.add(
                                                                        op.getKey()
                                                                                        .toUpperCase(
                                                                                                Locale
                                                                                                        .ROOT)
                                                                                + " "
                                                                                + path.getKey()
                                                                                + " "
                                                                                + op.getValue()
                                                                                        .get(
                                                                                                "operationId")
                                                                                        .asText())));
            }
            List<String> scanned =
                    Operations.read(contract).stream()
                            .map(o -> o.method() + " " + o.template() + " " + o.operationId())
                            .toList();
            assertEquals(parsed, scanned, contract);
        }
    }

    @Test
    void aRequestIsNamedByItsOperation() {
        Operations operations = new Operations();
        assertEquals(
                Optional.of("GET_BillRun"), operations.operationId("GET", "/v1/bill-runs/BR-1"));
        assertEquals(
                Optional.of("POST_ExecuteInvoiceSchedule"),
                operations.operationId("POST", "/v1/invoice-schedules/IS-1/execute"));
        assertEquals(Optional.of("createToken"), operations.operationId("POST", "/oauth/token"));
        assertEquals(Optional.of("reset"), operations.operationId("POST", "/emulator/v1/reset"));
        assertEquals(Optional.empty(), operations.operationId("GET", "/v1/bill-runs/a/b"));
        assertEquals(Optional.empty(), operations.operationId("PATCH", "/v1/bill-runs/BR-1"));
    }
}
