package dev.zuoraemulator.error;

/**
 * A request the emulator refuses, the way Zuora would. Each family fixes its category; the single mapper turns it
 * into the operation's error shape.
 */
public abstract class ZuoraException extends RuntimeException {

    private final Category category;
    private final int status;
    private final String actionsCode;

    protected ZuoraException(Category category, String message) {
        this(category, category.status(), category.actionsCode(), message);
    }

    protected ZuoraException(Category category, int status, String actionsCode, String message) {
        super(message, null, false, false);
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
