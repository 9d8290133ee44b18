package dev.zuoraemulator.error;

/** An unknown ID or number, or an object of another entity (category 40). */
public class ObjectNotFoundException extends ZuoraException {

    public ObjectNotFoundException(String message) {
        super(ErrorKind.NOT_FOUND, message);
    }

    /**
     * Zuora's message for an unknown key: {@code Cannot find a Invoice instance with id INV001.}
     */
    public static ObjectNotFoundException of(String type, String key) {
        return new ObjectNotFoundException(
                "Cannot find a " + type + " instance with id " + key + ".");
    }

    /** The Actions/CRUD wording for an unknown ID: {@code invalid InvoiceSplit id 123}. */
    public static ObjectNotFoundException invalidId(String type, String id) {
        return new ObjectNotFoundException("invalid " + type + " id " + id);
    }
}
