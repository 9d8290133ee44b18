package dev.zuoraemulator.http;

import com.fasterxml.jackson.databind.JsonMappingException;

/** The JSON path of the field a Jackson error is about, e.g. {@code invoiceItems[2].amount}. */
final class JsonPaths {

    private JsonPaths() {}

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
