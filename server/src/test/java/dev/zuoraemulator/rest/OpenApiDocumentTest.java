package dev.zuoraemulator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void servesTheHandKeptContractAndNothingRebuiltFromAnnotations() throws IOException {
        String served =
                given().accept("application/yaml")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .body(containsString("title: zuora-execute-emulator"))
                        .body(containsString("operationId: Action_POSTexecute"))
                        .body(containsString("operationId: Object_GETInvoiceSplitItem"))
                        .extract()
                        .asString();
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            String contract = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // every path of the contract is served, and no other
            long contractPaths = contract.lines().filter(l -> l.matches("  /[^ ]*:")).count();
            long servedPaths = served.lines().filter(l -> l.matches("  /[^ ]*:")).count();
            assertEquals(contractPaths, servedPaths);
        }
    }

    @Test
    void servesSwaggerUiWithBothContracts() {
        String page = given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertTrue(page.contains("/q/openapi"), page);
        assertTrue(page.contains("/emulator/openapi.yaml"), page);
    }

    @Test
    void servesTheTestControlsContractApartFromZuoras() throws IOException {
        String served =
                given().get("/emulator/openapi.yaml")
                        .then()
                        .statusCode(200)
                        .contentType("application/yaml")
                        .extract()
                        .asString();
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream("META-INF/emulator-admin.yaml")) {
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), served);
        }
        // Zuora's contract holds none of its operations: a Zuora client never sees them
        given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .body(not(containsString("/emulator/")));
    }

    /** "Try it out" calls the server that served the page; Zuora's hosts follow, for reference. */
    @Test
    void theServingHostComesFirstAndAuthorizeUsesTheTokenOperation() {
        String served =
                given().accept("application/yaml").get("/q/openapi").then().extract().asString();
        int servers = served.indexOf("servers:");
        assertTrue(
                served.startsWith("servers:\n- url: /\n", servers),
                served.substring(servers, servers + 60));
        assertTrue(served.contains("tokenUrl: /oauth/token"));
    }
}
