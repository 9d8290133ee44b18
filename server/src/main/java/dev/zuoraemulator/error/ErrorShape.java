package dev.zuoraemulator.error;

/**
 * Which error shape an operation uses, decided by its path: one of Zuora's two, or the test
 * controls' own.
 */
public enum ErrorShape {
    /** {@code {"success": false, "processId", "reasons": [{"code", "message"}], "requestId"}} */
    REST,
    /** {@code {"Success": false, "Errors": [{"Code", "Message"}]}}: Actions and CRUD operations. */
    ACTIONS,
    /** {@code {"status", "error", "message"}}: the test controls under {@code /emulator}. */
    ADMIN;

    /** The path prefix of the test controls. */
    public static final String ADMIN_PREFIX = "/emulator/";

    public static ErrorShape of(String path) {
        if (path != null && path.startsWith(ADMIN_PREFIX)) {
            return ADMIN;
        }
        if (path != null && (path.startsWith("/v1/action/") || path.startsWith("/v1/object/"))) {
            return ACTIONS;
        }
        return REST;
    }
}
