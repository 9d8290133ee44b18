package dev.zuoraemulator.error;

/** A field has a wrong format or value (category 20). */
public class InvalidValueException extends ZuoraException {

    public InvalidValueException(String message) {
        super(ErrorKind.INVALID_VALUE, message);
    }
}
