package dev.zuoraemulator.console;

import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.ZuoraException;
import dev.zuoraemulator.http.ConsoleAccess;
import io.quarkus.qute.Engine;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The console's pages: a page's template ({@code templates/console/<name>.html}, every value
 * escaped) inside the layout, with the clock and the CSRF token its forms carry; the redirect after
 * a form; the page that says why a form was refused.
 */
@ApplicationScoped
public class ConsolePages {

    /** Rows per page of every list. */
    public static final int PAGE = 25;

    private final Engine engine;
    private final CurrentVertxRequest current;
    private final ZuoraTime time;

    ConsolePages(Engine engine, CurrentVertxRequest current, ZuoraTime time) {
        this.engine = engine;
        this.current = current;
        this.time = time;
    }

    public Response page(String name, String title, Map<String, Object> data) {
        return page(200, name, title, data);
    }

    public Response page(int status, String name, String title, Map<String, Object> data) {
        String csrf = ConsoleAccess.csrfToken(current.getCurrent());
        Map<String, Object> values = new HashMap<>(data);
        values.put("csrf", csrf);
        String content = engine.getTemplate("console/" + name).data(values).render();
        String html =
                engine.getTemplate("console/layout")
                        .data("title", title)
                        .data("content", content)
                        .data("now", time.now().toString())
                        .render();
        return Response.status(status).type("text/html;charset=UTF-8").entity(html).build();
    }

    /**
     * One page of a list read with one row more than a page ({@link #PAGE} + 1): the rows shown,
     * and the key of the next page (the last row shown), empty when this is the last page.
     */
    public record Slice<T>(List<T> shown, String next) {}

    /**
     * The page of {@code rows} (read as {@code PAGE + 1}), its next key from the last row shown.
     */
    public static <T> Slice<T> slice(List<T> rows, Function<T, Object> key) {
        if (rows.size() <= PAGE) {
            return new Slice<>(rows, "");
        }
        List<T> shown = rows.subList(0, PAGE);
        return new Slice<>(shown, String.valueOf(key.apply(shown.get(PAGE - 1))));
    }

    /** After a form: 303 to the page that shows its effect. */
    public static Response redirect(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    /** A page that only says something, with its status. */
    public Response message(int status, String title, String message) {
        return page(status, "message", title, Map.of("message", message));
    }

    /**
     * A form's action, then 303 to the page {@code then} that shows its effect: refused (403,
     * nothing done) without the CSRF pair; a refusal of the service it calls (a bad date, an
     * unknown mode) answers 400 with the reason.
     */
    public Response act(String cookie, String field, String then, Runnable action) {
        if (!ConsoleAccess.csrfValid(cookie, field)) {
            return message(
                    403,
                    "Refused",
                    "This form did not carry the console's CSRF token: reload the page and try again.");
        }
        try {
            action.run();
            return redirect(then);
        } catch (ZuoraException e) {
            return message(400, "Refused", e.getMessage());
        }
    }
}
