package dev.zuoraemulator.error;

/**
 * A request the emulator refuses, the way Zuora would. Each family fixes its {@link ErrorKind}; the
 * exception mappers turn it into the operation's error shape through {@link ErrorResponses}.
 */
public abstract class ZuoraException extends RuntimeException {

    private final ErrorKind kind;

    protected ZuoraException(ErrorKind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
