package dev.zuoraemulator.error;

/** An Actions request names an object type the operation does not support: {@code INVALID_TYPE}. */
public class InvalidTypeException extends ZuoraException {

    public InvalidTypeException(String message) {
        super(ErrorKind.INVALID_TYPE, message);
    }
}
