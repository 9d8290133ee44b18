package dev.zuoraemulator.rest;

import static dev.zuoraemulator.rest.Api.num;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OAuthTest {

    @Test
    void issuesABearerTokenForTheDefaultClient() {
        given().formParam("client_id", Api.CLIENT_ID)
                .formParam("client_secret", Api.CLIENT_SECRET)
                .formParam("grant_type", "client_credentials")
                .post("/oauth/token")
                .then()
                .statusCode(200)
                .body("access_token", matchesPattern("[0-9a-f]{32}"))
                .body("token_type", is("bearer"))
                .body("expires_in", num("3599"))
                .body("scope", containsString("entity." + Api.ENTITY_ID))
                .body("jti", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void refusesUnknownCredentialsWith401AndWwwAuthenticate() {
        given().formParam("client_id", Api.CLIENT_ID)
                .formParam("client_secret", "wrong")
                .formParam("grant_type", "client_credentials")
                .post("/oauth/token")
                .then()
                .statusCode(401)
                .header(
                        "WWW-Authenticate",
                        "Basic realm=Zuora API, ZSession realm=Zuora API, Bearer realm=Zuora API")
                .body("message", is("Authentication error"));
    }

    @Test
    void refusesAMissingFormFieldWithCategory22() {
        given().formParam("client_id", Api.CLIENT_ID)
                .formParam("grant_type", "client_credentials")
                .post("/oauth/token")
                .then()
                .statusCode(400)
                .body("success", is(false))
                .body("reasons[0].code", num("50000022"))
                .body("reasons[0].message", containsString("client_secret"));
    }

    @Test
    void refusesAnotherGrantTypeWithCategory20() {
        given().formParam("client_id", Api.CLIENT_ID)
                .formParam("client_secret", Api.CLIENT_SECRET)
                .formParam("grant_type", "password")
                .post("/oauth/token")
                .then()
                .statusCode(400)
                .body("reasons[0].code", num("50000020"));
    }

    @Test
    void refusesEveryOperationWithoutAValidToken() {
        for (String authorization :
                new String[] {
                    null,
                    "Bearer",
                    "Bearer 0123456789abcdef0123456789abcdef",
                    "Basic dXNlcjpwYXNz",
                    "bearer"
                }) {
            var request = given();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            request.get("/v1/accounts/A00000001")
                    .then()
                    .statusCode(401)
                    .header("WWW-Authenticate", containsString("Bearer realm=Zuora API"))
                    .header("Zuora-Request-Id", matchesPattern(".{36}"))
                    .body("message", is("Authentication error"));
        }
        given().contentType("application/json")
                .body("{}")
                .post("/v1/action/execute")
                .then()
                .statusCode(401)
                .body("message", is("Authentication error"));
    }

    @Test
    void acceptsTheSchemeNameInAnyCase() {
        given().header("Authorization", "bearer " + Api.token())
                .get("/v1/accounts/no-such-account")
                .then()
                .statusCode(404);
    }

    /** RFC 6749 2.3.1, as OAuth libraries and Swagger UI's "Authorize" send the credentials. */
    @Test
    void theCredentialsMayComeAsHttpBasic() {
        String basic =
                java.util.Base64.getEncoder()
                        .encodeToString(
                                (Api.CLIENT_ID + ":" + Api.CLIENT_SECRET)
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String token =
                given().header("Authorization", "Basic " + basic)
                        .formParam("grant_type", "client_credentials")
                        .post("/oauth/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token");
        given().header("Authorization", "Bearer " + token)
                .get("/v1/accounts/A99999999")
                .then()
                .statusCode(404);
        String wrong =
                java.util.Base64.getEncoder()
                        .encodeToString(
                                (Api.CLIENT_ID + ":nope")
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        given().header("Authorization", "Basic " + wrong)
                .formParam("grant_type", "client_credentials")
                .post("/oauth/token")
                .then()
                .statusCode(401);
        for (String malformed :
                new String[] {
                    "Basic !!!",
                    "Basic " + java.util.Base64.getEncoder().encodeToString("no-colon".getBytes())
                }) {
            given().header("Authorization", malformed)
                    .formParam("grant_type", "client_credentials")
                    .post("/oauth/token")
                    .then()
                    .statusCode(401)
                    .body("message", org.hamcrest.Matchers.is("Authentication error"));
        }
        // without form fields or a Basic header, client_id is missing, as before
        given().formParam("grant_type", "client_credentials")
                .post("/oauth/token")
                .then()
                .statusCode(400)
                .body("reasons[0].code", org.hamcrest.Matchers.is(50000022));
    }
}
