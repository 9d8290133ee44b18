package dev.zuoraemulator.error;

/** An Idempotency-Key reused for another method, URL or body (422). */
public class UnprocessableException extends ZuoraException {

    public UnprocessableException(String message) {
        super(ErrorKind.UNPROCESSABLE, message);
    }
}
