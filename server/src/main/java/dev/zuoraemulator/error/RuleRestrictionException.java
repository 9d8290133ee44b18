package dev.zuoraemulator.error;

/** A well-formed request that a business rule refuses (category 30). */
public class RuleRestrictionException extends ZuoraException {

    public RuleRestrictionException(String message) {
        super(ErrorKind.RULE_RESTRICTION, message);
    }
}
