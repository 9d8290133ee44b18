package dev.zuoraemulator.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the test controls' contract at {@value #PATH}, beside Zuora's at {@code /q/openapi}, for
 * Swagger UI and for client generators. Like the controls, it is gone with {@code
 * emulator.admin.enabled=false}; it needs no secret (it is documentation).
 */
@ApplicationScoped
public class AdminContractRoute {

    public static final String PATH = "/emulator/openapi.yaml";

    private final Buffer contract;

    AdminContractRoute() {
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream("META-INF/emulator-admin.yaml")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/emulator-admin.yaml is not packaged");
            }
            contract = Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(@Observes Router router) {
        router.get(PATH)
                .handler(
                        rc ->
                                rc.response()
                                        .putHeader("Content-Type", "application/yaml")
                                        .end(contract));
    }
}
