package dev.zuoraemulator.error;

/**
 * Every kind of error the emulator answers, with its Zuora category, its HTTP status and the {@code
 * Code} of the Actions/CRUD shape: the one table that decides an error's status. Categories follow
 * Zuora's table (C1, facts D1); the 405, 406, 413, 415 and 422 rows are HTTP-level refusals in the
 * category Zuora would give them.
 */
public enum ErrorKind {
    /**
     * A missing, unknown or expired token: answered with Zuora's own 401 body (C2), never with a
     * code.
     */
    UNAUTHENTICATED(Category.AUTHENTICATION_FAILED, 401, "INVALID_VALUE"),
    PERMISSION_DENIED(Category.PERMISSION_DENIED, 403, "INVALID_VALUE"),
    INVALID_VALUE(Category.INVALID_VALUE, 400, "INVALID_VALUE"),
    /** An Actions request names an object type the operation does not support. */
    INVALID_TYPE(Category.INVALID_VALUE, 400, "INVALID_TYPE"),
    /**
     * {@code rejectUnknownFields=true} and an undeclared field: answered with Zuora's own message
     * body (D2).
     */
    UNKNOWN_FIELD(Category.UNKNOWN_FIELD, 400, "INVALID_VALUE"),
    MISSING_REQUIRED_VALUE(Category.MISSING_REQUIRED_VALUE, 400, "MISSING_REQUIRED_VALUE"),
    RULE_RESTRICTION(Category.RULE_RESTRICTION, 400, "INVALID_VALUE"),
    MALFORMED_JSON(Category.MALFORMED_JSON, 400, "INVALID_VALUE"),
    NOT_FOUND(Category.NOT_FOUND, 404, "INVALID_ID"),
    METHOD_NOT_ALLOWED(Category.UNSUPPORTED_REQUEST, 405, "INVALID_VALUE"),
    NOT_ACCEPTABLE(Category.UNSUPPORTED_REQUEST, 406, "INVALID_VALUE"),
    /** Idempotency-Key: another request with the key is still running (C3). */
    CONFLICT(Category.LOCK_CONTENTION, 409, "LOCK_COMPETITION"),
    PAYLOAD_TOO_LARGE(Category.INVALID_VALUE, 413, "INVALID_VALUE"),
    UNSUPPORTED_MEDIA_TYPE(Category.UNSUPPORTED_REQUEST, 415, "INVALID_VALUE"),
    /** Idempotency-Key reused for another method, URL or body (C3). */
    UNPROCESSABLE(Category.INVALID_VALUE, 422, "INVALID_VALUE"),
    /** Over a rate or concurrency limit, when limits are enforced (C11). */
    LIMIT_EXCEEDED(Category.REQUEST_EXCEEDED_LIMIT, 429, "REQUEST_EXCEEDED_LIMIT"),
    INTERNAL_ERROR(Category.INTERNAL_ERROR, 500, "UNKNOWN_ERROR");

    private final Category category;
    private final int status;
    private final String actionsCode;

    ErrorKind(Category category, int status, String actionsCode) {
        this.category = category;
        this.status = status;
        this.actionsCode = actionsCode;
    }

    public Category category() {
        return category;
    }

    public int status() {
        return status;
    }

    /** The {@code Code} in the Actions/CRUD shape. */
    public String actionsCode() {
        return actionsCode;
    }
}
