package dev.zuoraemulator.http;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.zuoraemulator.adminapi.model.AdminError;
import dev.zuoraemulator.api.model.ProxyActioncreateRequest;
import dev.zuoraemulator.api.model.ProxyActionexecuteRequest;
import dev.zuoraemulator.common.Text;
import dev.zuoraemulator.error.InvalidValueException;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Last of all customizers, after Quarkus' own: the date deserializer registered here must win
     * over the Java time module's, which takes {@code []} for no date.
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

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
        decimals.addDeserializer(LocalDate.class, new StrictDateDeserializer());
        mapper.registerModule(decimals);
        // a list holds values: [null] is refused where a lenient reader would pass a null element
        // on
        mapper.configOverride(List.class)
                .setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        // except where the Actions answer each element on its own: a null object or ID is that
        // element's error (200, Success false), the others still run
        mapper.addMixIn(ProxyActioncreateRequest.class, NullObjectsAnsweredEach.class);
        mapper.addMixIn(ProxyActionexecuteRequest.class, NullIdsAnsweredEach.class);
        // the models that take custom fields (C10) are HashMaps holding them: their isEmpty() is
        // not a property of the answer
        mapper.addMixIn(HashMap.class, NoEmptyProperty.class);
        mapper.addHandler(new AdminBodiesStrict());
    }

    /**
     * A test-control body ({@code /emulator/v1}) with a property its schema does not declare is
     * refused: a misspelt setting must not be ignored. Zuora's bodies keep Zuora's leniency.
     */
    static final class AdminBodiesStrict extends DeserializationProblemHandler {

        private static final String ADMIN_MODELS = AdminError.class.getPackageName();

        @Override
        public boolean handleUnknownProperty(
                DeserializationContext context,
                JsonParser p,
                JsonDeserializer<?> deserializer,
                Object bean,
                String name)
                throws IOException {
            Class<?> type = bean instanceof Class<?> c ? c : bean == null ? null : bean.getClass();
            if (type == null || !type.getPackageName().equals(ADMIN_MODELS)) {
                return false;
            }
            throw JsonMappingException.from(
                    p,
                    name,
                    new InvalidValueException(
                            Text.clip(name) + ": no such property in this request"));
        }
    }

    /**
     * A date is a {@code "yyyy-MM-dd"} string only: not {@code []} (which Jackson reads as no date)
     * nor {@code [2026, 1, 1]}.
     */
    static final class StrictDateDeserializer extends StdScalarDeserializer<LocalDate> {

        StrictDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext context)
                throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            try {
                // ISO_LOCAL_DATE resolves strictly: no 2026-02-30
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                return (LocalDate)
                        context.handleWeirdStringValue(
                                LocalDate.class, text, "not a date of the form yyyy-MM-dd");
            }
        }
    }

    private abstract static class NullObjectsAnsweredEach {
        @JsonSetter(contentNulls = Nulls.SET)
        abstract void setObjects(List<Map<String, Object>> objects);
    }

    private abstract static class NullIdsAnsweredEach {
        @JsonSetter(contentNulls = Nulls.SET)
        abstract void setIds(List<String> ids);
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
