package dev.zuoraemulator.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zuoraemulator.api.model.InvoiceScheduleSpecificSubscriptions;
import dev.zuoraemulator.common.Text;
import java.util.List;

/**
 * The references a schedule keeps as given (orders, subscriptions): the emulator does not model
 * them, it stores and returns them, as JSON text.
 */
final class ScheduleLists {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScheduleLists() {}

    static String strings(String field, List<String> values) {
        List<String> list = values == null ? List.of() : values;
        for (int i = 0; i < list.size(); i++) {
            Text.check(field + "[" + i + "]", list.get(i));
        }
        return write(list);
    }

    static String subscriptions(List<InvoiceScheduleSpecificSubscriptions> values) {
        List<InvoiceScheduleSpecificSubscriptions> list = values == null ? List.of() : values;
        for (int i = 0; i < list.size(); i++) {
            InvoiceScheduleSpecificSubscriptions s = list.get(i);
            String field = "specificSubscriptions[" + i + "]";
            if (s == null) {
                throw new dev.zuoraemulator.error.InvalidValueException(
                        field + ": must not be null");
            }
            Text.check(field + ".orderKey", s.getOrderKey());
            Text.check(field + ".subscriptionKey", s.getSubscriptionKey());
            Text.check(field + ".chargeNumbers", s.getChargeNumbers());
        }
        return write(list);
    }

    static List<String> readStrings(String json) {
        return read(json, new TypeReference<>() {});
    }

    static List<InvoiceScheduleSpecificSubscriptions> readSubscriptions(String json) {
        return read(json, new TypeReference<>() {});
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is not JSON: " + json, e);
        }
    }
}
