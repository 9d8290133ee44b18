package dev.zuoraemulator.error;

/** A body that is not JSON at all (for instance not UTF-8): 400, Zuora's malformed-JSON code. */
public class MalformedJsonException extends ZuoraException {

    public MalformedJsonException(String message) {
        super(ErrorKind.MALFORMED_JSON, message);
    }
}
