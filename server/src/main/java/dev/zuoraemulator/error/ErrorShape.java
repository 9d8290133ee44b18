package dev.zuoraemulator.error;

/** Which of Zuora's two error shapes an operation uses, decided by its path. */
public enum ErrorShape {
    /** {@code {"success": false, "processId", "reasons": [{"code", "message"}], "requestId"}} */
    REST,
    /** {@code {"Success": false, "Errors": [{"Code", "Message"}]}}: Actions and CRUD operations. */
    ACTIONS;

    public static ErrorShape of(String path) {
        if (path != null && (path.startsWith("/v1/action/") || path.startsWith("/v1/object/"))) {
            return ACTIONS;
        }
        return REST;
    }
}
