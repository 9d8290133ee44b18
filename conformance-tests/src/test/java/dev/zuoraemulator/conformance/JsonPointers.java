package dev.zuoraemulator.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simple JSON paths the samples use: {@code $}, {@code .name} and {@code [index]}, e.g. {@code
 * $[0].Id}.
 */
final class JsonPointers {

    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z0-9_]+)|\\[(\\d+)]");

    private JsonPointers() {}

    static JsonNode at(JsonNode root, String path) {
        if (!path.startsWith("$")) {
            throw new IllegalArgumentException("a path starts with $: " + path);
        }
        JsonNode node = root;
        Matcher m = STEP.matcher(path);
        int position = 1;
        while (position < path.length()) {
            if (!m.find(position) || m.start() != position) {
                throw new IllegalArgumentException("bad path " + path);
            }
            node =
                    m.group(1) != null
                            ? node.path(m.group(1))
                            : node.path(Integer.parseInt(m.group(2)));
            position = m.end();
        }
        return node;
    }
}
