package dev.zuoraemulator.error;

/** Another request with the same Idempotency-Key is still running (409, category 50). */
public class ConflictException extends ZuoraException {

    public ConflictException(String message) {
        super(ErrorKind.CONFLICT, message);
    }
}
