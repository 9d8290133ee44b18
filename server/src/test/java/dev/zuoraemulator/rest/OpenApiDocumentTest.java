package dev.zuoraemulator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void servesSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
