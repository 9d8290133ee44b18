package dev.zuoraemulator.query.zoql;

/** A statement that is not ZOQL the emulator reads (decision Q1): Zuora's MALFORMED_QUERY. */
public class ZoqlSyntaxException extends RuntimeException {

    public ZoqlSyntaxException(String detail, int position) {
        super(
                "You have an error in your ZOQL syntax: "
                        + detail
                        + " (at character "
                        + position
                        + ")",
                null,
                false,
                false);
    }
}
