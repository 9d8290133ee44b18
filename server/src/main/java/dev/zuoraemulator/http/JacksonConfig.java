package dev.zuoraemulator.http;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.regex.Pattern;

/**
 * How JSON is read and written, for every operation: strict types (a number is not a string, {@code
 * 1.5} is not an integer), duplicate keys and trailing garbage refused, decimals read exactly and
 * written plain without trailing zeros ({@code 1200}, {@code 21.1}), as Zuora's samples show them.
 * A decimal of a REST body may also come as a string holding a plain decimal ({@code "1000"},
 * {@code "-12.50"}), as Zuora's Python SDK sends every Decimal (decision C8).
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {

    @Override
    @SuppressWarnings(
            "deprecation") // the mapper is built by Quarkus; configure() is how a customizer
    // changes it
    public void customize(ObjectMapper mapper) {
        // not lenient: a date is "yyyy-MM-dd", never a day number or an empty string
        mapper.setDefaultLeniency(Boolean.FALSE);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        SimpleModule decimals = new SimpleModule("zuora-decimals");
        decimals.addSerializer(BigDecimal.class, new PlainDecimalSerializer());
        decimals.addDeserializer(BigDecimal.class, new DecimalDeserializer());
        mapper.registerModule(decimals);
        // the models that take custom fields (C10) are HashMaps holding them: their isEmpty() is
        // not a property of the answer
        mapper.addMixIn(HashMap.class, NoEmptyProperty.class);
    }

    private abstract static class NoEmptyProperty {
        @JsonIgnore
        public abstract boolean isEmpty();
    }

    /**
     * A JSON number, or a string of at most {@value #MAX_LENGTH} characters holding a plain
     * decimal: an optional minus, digits, optionally a point and digits. No exponent, sign plus,
     * separators, spaces or {@code NaN}; anything else fails as a value of the wrong format, naming
     * the field.
     */
    static final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

        static final int MAX_LENGTH = 64;
        private static final Pattern PLAIN = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

        DecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext context)
                throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getDecimalValue();
            }
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getText();
                if (text.length() <= MAX_LENGTH && PLAIN.matcher(text).matches()) {
                    return new BigDecimal(text);
                }
                return (BigDecimal)
                        context.handleWeirdStringValue(
                                BigDecimal.class, text, "not a plain decimal");
            }
            return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, p);
        }
    }

    static final class PlainDecimalSerializer extends StdSerializer<BigDecimal> {

        PlainDecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeNumber(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
        }
    }
}
