package dev.zuoraemulator.error;

/** {@code rejectUnknownFields=true} and the body has a field the operation does not know. */
public class UnrecognisedFieldsException extends RuntimeException {

    public UnrecognisedFieldsException(String field) {
        super(field, null, false, false);
    }
}
