package dev.zuoraemulator.idempotency;

/** The replay of a stored response: the exception mappers answer it as it was first answered. */
public class StoredResponse extends RuntimeException {

    private final int status;
    private final String body;

    public StoredResponse(int status, String body) {
        super(null, null, false, false);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
