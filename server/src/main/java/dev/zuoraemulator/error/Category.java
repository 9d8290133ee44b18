package dev.zuoraemulator.error;

/** Zuora's error categories: the last two digits of an 8-digit error code (facts D1). */
public enum Category {
    PERMISSION_DENIED(10),
    AUTHENTICATION_FAILED(11),
    INVALID_VALUE(20),
    UNKNOWN_FIELD(21),
    MISSING_REQUIRED_VALUE(22),
    RULE_RESTRICTION(30),
    NOT_FOUND(40),
    UNSUPPORTED_REQUEST(45),
    LOCK_CONTENTION(50),
    INTERNAL_ERROR(60),
    REQUEST_EXCEEDED_LIMIT(70),
    MALFORMED_JSON(90);

    /** Zuora's resource code for "general"; its per-object resource codes are not published. */
    public static final int GENERAL_RESOURCE = 500000;

    private final int number;

    Category(int number) {
        this.number = number;
    }

    /** The 8-digit code: resource code then category, e.g. 50000040. */
    public int code() {
        return GENERAL_RESOURCE * 100 + number;
    }
}
