package dev.zuoraemulator.error;

/**
 * Zuora's error categories (the last two digits of an 8-digit code), each with its HTTP status and the code the
 * Actions/CRUD shape uses for it.
 */
public enum Category {
    PERMISSION_DENIED(10, 403, "INVALID_VALUE"),
    INVALID_VALUE(20, 400, "INVALID_VALUE"),
    MISSING_REQUIRED_VALUE(22, 400, "MISSING_REQUIRED_VALUE"),
    RULE_RESTRICTION(30, 400, "INVALID_VALUE"),
    NOT_FOUND(40, 404, "INVALID_ID"),
    UNSUPPORTED_REQUEST(45, 405, "INVALID_VALUE"),
    LOCK_CONTENTION(50, 409, "LOCK_COMPETITION"),
    INTERNAL_ERROR(60, 500, "UNKNOWN_ERROR"),
    MALFORMED_JSON(90, 400, "INVALID_VALUE");

    /** Zuora's resource code for "general"; its per-object resource codes are not published. */
    public static final int GENERAL_RESOURCE = 500000;

    private final int number;
    private final int status;
    private final String actionsCode;

    Category(int number, int status, String actionsCode) {
        this.number = number;
        this.status = status;
        this.actionsCode = actionsCode;
    }

    public int status() {
        return status;
    }

    public String actionsCode() {
        return actionsCode;
    }

    /** The 8-digit code: resource code then category, e.g. 50000040. */
    public int code() {
        return GENERAL_RESOURCE * 100 + number;
    }
}
