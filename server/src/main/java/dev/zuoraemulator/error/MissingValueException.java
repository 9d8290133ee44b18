package dev.zuoraemulator.error;

/** A required field is missing (category 22). */
public class MissingValueException extends ZuoraException {

    public MissingValueException(String message) {
        super(ErrorKind.MISSING_REQUIRED_VALUE, message);
    }
}
