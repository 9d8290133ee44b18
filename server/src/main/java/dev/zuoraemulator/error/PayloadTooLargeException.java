package dev.zuoraemulator.error;

/** A request body over the configured limit, raw or decompressed (413). */
public class PayloadTooLargeException extends ZuoraException {

    public PayloadTooLargeException(String message) {
        super(ErrorKind.PAYLOAD_TOO_LARGE, message);
    }
}
