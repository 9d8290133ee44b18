package dev.zuoraemulator.error;

/** The credentials do not reach the entity asked for (403, category 10). */
public class PermissionDeniedException extends ZuoraException {

    public PermissionDeniedException(String message) {
        super(ErrorKind.PERMISSION_DENIED, message);
    }
}
