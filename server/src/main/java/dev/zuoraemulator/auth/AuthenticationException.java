package dev.zuoraemulator.auth;

/** Unknown client credentials: 401 {@code {"message": "Authentication error"}}. */
public class AuthenticationException extends RuntimeException {

    public AuthenticationException() {
        super("Authentication error", null, false, false);
    }
}
