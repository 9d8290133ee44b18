package dev.zuoraemulator.error;

/** An unknown ID or number, or an object of another entity (category 40). */
public class ObjectNotFoundException extends ZuoraException {

    public ObjectNotFoundException(String message) {
        super(Category.NOT_FOUND, message);
    }
}
