package dev.zuoraemulator.callout;

import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.job.Job;
import dev.zuoraemulator.job.JobHandler;
import dev.zuoraemulator.job.JobService;
import dev.zuoraemulator.storage.GroupCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One attempt to deliver a callout: POST the event, record the answer; after a failure the next
 * attempt is queued 1, 2, 4, 8 seconds later by the emulator's clock, {@value #MAX_ATTEMPTS} in
 * all. A failed attempt is recorded, never thrown: the job itself always succeeds.
 */
@ApplicationScoped
public class CalloutJob implements JobHandler {

    static final int MAX_ATTEMPTS = 5;
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http =
            HttpClient.newBuilder()
                    .connectTimeout(TIMEOUT)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
    private final ZuoraTime time;
    private final JobService jobs;
    private final GroupCommit groupCommit;

    CalloutJob(ZuoraTime time, JobService jobs, GroupCommit groupCommit) {
        this.time = time;
        this.jobs = jobs;
        this.groupCommit = groupCommit;
    }

    @Override
    public Job.Kind kind() {
        return Job.Kind.CALLOUT;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void run(String entityId, String deliveryId) {
        CalloutDelivery delivery = CalloutDelivery.findById(deliveryId);
        if (delivery == null || delivery.status != CalloutDelivery.Status.PENDING) {
            return; // its callout was removed, or a reset or restore replaced it
        }
        Callout callout = Callout.findById(delivery.calloutId);
        delivery.attempts++;
        // the change the event reports is in the file before anyone outside hears of it
        groupCommit.awaitDurable();
        try {
            HttpResponse<Void> answer =
                    http.send(request(callout, delivery), HttpResponse.BodyHandlers.discarding());
            delivery.lastStatus = answer.statusCode();
            delivery.lastError =
                    answer.statusCode() / 100 == 2 ? null : "answered " + answer.statusCode();
        } catch (java.io.IOException e) {
            delivery.lastStatus = null;
            delivery.lastError =
                    abbreviate(String.valueOf(e.getMessage() == null ? e : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivery.lastStatus = null;
            delivery.lastError = "interrupted (the emulator is stopping)";
        }
        if (delivery.lastError == null) {
            delivery.status = CalloutDelivery.Status.DELIVERED;
            delivery.deliveredAt = time.now();
        } else if (delivery.attempts >= MAX_ATTEMPTS) {
            delivery.status = CalloutDelivery.Status.FAILED;
        } else {
            jobs.enqueueAfter(
                    entityId,
                    Job.Kind.CALLOUT,
                    delivery.id,
                    Duration.ofSeconds(1L << (delivery.attempts - 1)));
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void giveUp(String entityId, String deliveryId, String reason) {
        CalloutDelivery delivery = CalloutDelivery.findById(deliveryId);
        if (delivery != null && delivery.status == CalloutDelivery.Status.PENDING) {
            delivery.status = CalloutDelivery.Status.FAILED;
            delivery.lastError = abbreviate(reason);
        }
    }

    private HttpRequest request(Callout callout, CalloutDelivery delivery) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(callout.url))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/json")
                        .header("Emulator-Event", delivery.event)
                        .header("Emulator-Delivery-Id", delivery.id)
                        .POST(HttpRequest.BodyPublishers.ofString(delivery.body));
        if (callout.secret != null) {
            request.header(
                    "Emulator-Signature", signature(callout.secret, delivery.body, time.now()));
        }
        return request.build();
    }

    /** {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}. */
    static String signature(String secret, String body, Instant at) {
        long t = at.getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
            return "t=" + t + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }
}
