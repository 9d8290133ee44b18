package dev.zuoraemulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zuoraemulator.common.EmulatorConfig;
import io.smallrye.config.WithName;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md lists every setting the emulator reads: the keys of {@link EmulatorConfig},
 * found from its methods as SmallRye names them, each with its environment variable.
 */
class ConfigurationDocTest {

    @Test
    void everySettingIsDocumentedWithItsEnvironmentVariable() throws IOException {
        String doc = Files.readString(Path.of("../docs/configuration.md"));
        List<String> keys = new ArrayList<>();
        collect(EmulatorConfig.class, "emulator.", keys);
        assertTrue(keys.contains("emulator.rate-limit.api-per-day"), keys.toString());
        assertTrue(keys.contains("emulator.clients.<name>.entity-ids"), keys.toString());
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!doc.contains("`" + key + "`") || !doc.contains("`" + environmentVariable(key))) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing, "settings not in docs/configuration.md");
    }

    /** The keys under {@code prefix} of a {@code @ConfigMapping} interface or one of its groups. */
    private static void collect(Class<?> group, String prefix, List<String> keys) {
        for (Method method : group.getDeclaredMethods()) {
            if (method.isDefault()
                    || Modifier.isStatic(method.getModifiers())
                    || method.getParameterCount() > 0) {
                continue;
            }
            WithName named = method.getAnnotation(WithName.class);
            String key = prefix + (named != null ? named.value() : kebab(method.getName()));
            Class<?> type = method.getReturnType();
            if (type == Map.class) {
                var value =
                        ((ParameterizedType) method.getGenericReturnType())
                                .getActualTypeArguments()[1];
                if (value instanceof Class<?> valueClass && valueClass.isInterface()) {
                    collect(valueClass, key + ".<name>.", keys);
                } else {
                    keys.add(key + ".file");
                    keys.add(key + ".memory");
                }
            } else if (type.isInterface() && type.getEnclosingClass() == EmulatorConfig.class) {
                collect(type, key + ".", keys);
            } else {
                keys.add(key);
            }
        }
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code emulator.rate-limit.enforce} is {@code EMULATOR_RATE_LIMIT_ENFORCE}. */
    private static String environmentVariable(String key) {
        return key.replace("<name>", "<NAME>")
                .replace('.', '_')
                .replace('-', '_')
                .toUpperCase(java.util.Locale.ROOT);
    }
}
