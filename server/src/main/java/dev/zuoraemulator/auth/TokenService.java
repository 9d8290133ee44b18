package dev.zuoraemulator.auth;

import dev.zuoraemulator.api.model.TokenResponse;
import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.MissingValueException;
import dev.zuoraemulator.error.PermissionDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/** The client-credentials grant of {@code POST /oauth/token}. */
@ApplicationScoped
public class TokenService {

    private final EmulatorConfig config;
    private final TokenStore tokens;

    TokenService(EmulatorConfig config, TokenStore tokens) {
        this.config = config;
        this.tokens = tokens;
    }

    /**
     * @param credentials the form's client ID and secret, or else those of the request's HTTP Basic
     *     authentication (RFC 6749 2.3.1), as OAuth libraries and Swagger UI send them
     * @param entityId the {@code Zuora-Entity-Ids} header of the token request, or null: narrows
     *     the token to that one of the client's entities
     */
    public TokenResponse issueToken(
            ClientCredentials credentials, String grantType, String entityId) {
        String clientId = credentials.clientId();
        String clientSecret = credentials.clientSecret();
        require("client_id", clientId);
        require("client_secret", clientSecret);
        require("grant_type", grantType);
        if (!"client_credentials".equals(grantType)) {
            throw new InvalidValueException("grant_type: only 'client_credentials' is supported");
        }
        EmulatorConfig.Client client =
                config.clients().values().stream()
                        .filter(
                                c ->
                                        c.clientId().equals(clientId)
                                                && c.clientSecret().equals(clientSecret))
                        .findFirst()
                        .orElseThrow(AuthenticationException::new);
        List<String> entities = client.entityIds();
        if (entityId != null && !entityId.isBlank()) {
            if (!UUID_FORMAT.matcher(entityId.trim()).matches()) {
                throw new InvalidValueException(
                        "Zuora-Entity-Ids: must be an entity ID, a 36-character UUID");
            }
            if (!entities.contains(entityId.trim())) {
                throw new PermissionDeniedException(
                        "Zuora-Entity-Ids: the client has no access to entity " + entityId.trim());
            }
            entities = List.of(entityId.trim());
        }
        long lifetime = config.tokenLifetime().toSeconds();
        String token =
                tokens.issue(
                        new TokenStore.Grant(
                                client.clientId(),
                                Ids.stableId(client.clientId()),
                                entities,
                                TokenStore.now().plusSeconds(lifetime)));
        StringBuilder scope = new StringBuilder();
        for (String entity : entities) {
            scope.append("entity.").append(entity).append(' ');
        }
        scope.append("platform.write service.execute.write");
        // Zuora answers 3599 for a one-hour token: the second already begun does not count
        return new TokenResponse()
                .accessToken(token)
                .tokenType("bearer")
                .expiresIn(java.math.BigDecimal.valueOf(Math.max(lifetime - 1, 0)))
                .scope(scope.toString())
                .jti(token);
    }

    private static final Pattern UUID_FORMAT =
            Pattern.compile(
                    "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** A client's ID and secret, from the form or from HTTP Basic authentication. */
    public record ClientCredentials(String clientId, String clientSecret) {

        /**
         * The form's fields; without both, those of {@code Authorization: Basic} (each
         * form-urlencoded, then joined by a colon and Base64-encoded). A malformed Basic header is
         * an authentication error.
         */
        public static ClientCredentials of(
                String clientId, String clientSecret, String authorization) {
            if (clientId != null
                    || clientSecret != null
                    || authorization == null
                    || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return new ClientCredentials(clientId, clientSecret);
            }
            String decoded;
            try {
                decoded =
                        new String(
                                Base64.getDecoder().decode(authorization.substring(6).trim()),
                                StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new AuthenticationException();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new AuthenticationException();
            }
            try {
                return new ClientCredentials(
                        URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                        URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new AuthenticationException();
            }
        }
    }

    private static void require(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new MissingValueException(field + ": is required");
        }
    }
}
