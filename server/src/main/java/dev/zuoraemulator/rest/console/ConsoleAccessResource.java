package dev.zuoraemulator.rest.console;

import dev.zuoraemulator.console.ConsolePages;
import dev.zuoraemulator.consoleapi.ConsoleAccessApi;
import dev.zuoraemulator.http.ConsoleAccess;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;

public class ConsoleAccessResource implements ConsoleAccessApi {

    private final ConsolePages pages;
    private final ConsoleAccess access;

    ConsoleAccessResource(ConsolePages pages, ConsoleAccess access) {
        this.pages = pages;
        this.access = access;
    }

    @Override
    public Response consoleLoginPage() {
        if (!access.secretRequired()) {
            return ConsolePages.redirect(ConsoleAccess.PATH);
        }
        return pages.page("login", "Log in", Map.of("wrong", false));
    }

    @Override
    public Response consoleLogin(String secret) {
        if (!access.secretRequired()) {
            return ConsolePages.redirect(ConsoleAccess.PATH);
        }
        return access.sessionCookie(secret)
                .map(
                        cookie ->
                                Response.seeOther(java.net.URI.create(ConsoleAccess.PATH))
                                        .header(HttpHeaders.SET_COOKIE, cookie)
                                        .build())
                .orElseGet(() -> pages.page(401, "login", "Log in", Map.of("wrong", true)));
    }
}
