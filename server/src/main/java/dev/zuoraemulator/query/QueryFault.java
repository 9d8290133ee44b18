package dev.zuoraemulator.query;

import dev.zuoraemulator.error.ErrorKind;
import dev.zuoraemulator.error.ZuoraException;

/**
 * A query Zuora would refuse with a fault (decision Q5): answered 400 as {@code {"faultcode":
 * "fns:<CODE>", "faultstring", "detail": {"MalformedQueryFault": {"FaultCode", "FaultMessage"}}}}.
 */
public class QueryFault extends ZuoraException {

    /** The fault codes of Zuora's SOAP API that the query answers. */
    public enum Code {
        MALFORMED_QUERY,
        INVALID_FIELD,
        INVALID_TYPE,
        INVALID_VALUE
    }

    public static final String EXPIRED_LOCATOR =
            "The query locator expired or was otherwise invalid.";

    private final Code code;

    public QueryFault(Code code, String message) {
        super(ErrorKind.INVALID_VALUE, message);
        this.code = code;
    }

    public Code code() {
        return code;
    }

    static QueryFault invalidValue(String message) {
        return new QueryFault(Code.INVALID_VALUE, message);
    }
}
