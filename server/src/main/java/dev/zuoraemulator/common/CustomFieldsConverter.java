package dev.zuoraemulator.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import org.hibernate.annotations.Immutable;

/**
 * Stores an object's custom fields as one JSON object in its {@code custom_fields} column; no
 * custom fields is SQL {@code NULL}. Numbers keep their exact decimal value.
 */
@Converter
@Immutable
public class CustomFieldsConverter implements AttributeConverter<CustomFields, String> {

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP =
            new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(CustomFields fields) {
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(fields.values());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("custom fields are always writable as JSON", e);
        }
    }

    @Override
    public CustomFields convertToEntityAttribute(String column) {
        if (column == null) {
            return CustomFields.NONE;
        }
        try {
            return CustomFields.stored(JSON.readValue(column, MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "custom_fields column is not a JSON object: " + column, e);
        }
    }
}
