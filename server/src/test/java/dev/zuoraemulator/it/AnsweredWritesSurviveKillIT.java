package dev.zuoraemulator.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Group commit under kill -9: clients create invoices as fast as the server answers, the server is
 * killed in the middle of it, and after the restart every invoice whose creation was answered is
 * there, with the number it was answered with. A commit the server had not yet written to the file
 * may be lost, but only with its answer.
 */
class AnsweredWritesSurviveKillIT {

    private static final int CLIENTS = 16;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{32})\"");
    private static final Pattern NUMBER =
            Pattern.compile("\"invoiceNumber\"\\s*:\\s*\"(INV\\d{8})\"");

    private record Answered(String id, String number) {}

    @Test
    void everyAnsweredCreationIsThereAfterAKill() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "kill-answered-");
        Queue<Answered> answered = new ConcurrentLinkedQueue<>();
        PackagedServer first = PackagedServer.start(workDir);
        String account;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            String token = first.token();
            account = Work.createAccount(first, token, "Answered");
            String body =
                    "{\"accountId\":\""
                            + account
                            + "\",\"invoiceDate\":\"2026-01-01\",\"invoiceItems\":["
                            + "{\"amount\":10.5,\"serviceStartDate\":\"2026-01-01\"},"
                            + "{\"amount\":2.25,\"serviceStartDate\":\"2026-01-01\"}]}";
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest create =
                    HttpRequest.newBuilder(URI.create(first.baseUrl() + "/v1/invoices"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
            for (int i = 0; i < CLIENTS; i++) {
                clients.execute(() -> createUntilRefused(http, create, answered));
            }
            // the kill comes while creations are in flight, some committed and not yet answered
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> answered.size() >= 300);
        } finally {
            first.crash();
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
        }

        List<Answered> creations = new ArrayList<>(answered);
        try (PackagedServer second = PackagedServer.start(workDir)) {
            String token = second.token();
            List<String> missing = new ArrayList<>();
            for (Answered creation : creations) {
                var read = second.api(token).get("/v1/invoices/" + creation.id());
                if (read.statusCode() != 200
                        || !creation.number().equals(read.path("invoiceNumber"))) {
                    missing.add(creation.id() + " " + creation.number());
                }
            }
            assertEquals(
                    0,
                    missing.size(),
                    () ->
                            "of "
                                    + creations.size()
                                    + " answered creations, "
                                    + missing.size()
                                    + " were lost, among them "
                                    + missing.subList(0, Math.min(5, missing.size())));
        }
    }

    /** Creates invoices until the server stops answering; records each answered creation. */
    private static void createUntilRefused(
            HttpClient http, HttpRequest create, Queue<Answered> answered) {
        while (true) {
            HttpResponse<String> response;
            try {
                response = http.send(create, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                return; // killed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (response.statusCode() != 200) {
                throw new AssertionError(response.statusCode() + " " + response.body());
            }
            Matcher id = ID.matcher(response.body());
            Matcher number = NUMBER.matcher(response.body());
            assertTrue(id.find() && number.find(), response.body());
            answered.add(new Answered(id.group(1), number.group(1)));
        }
    }
}
