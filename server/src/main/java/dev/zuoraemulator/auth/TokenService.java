package dev.zuoraemulator.auth;

import dev.zuoraemulator.api.model.TokenResponse;
import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.MissingValueException;
import dev.zuoraemulator.error.PermissionDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/** The client-credentials grant of {@code POST /oauth/token}. */
@ApplicationScoped
public class TokenService {

    private final EmulatorConfig config;
    private final TokenStore tokens;
    private final ZuoraTime time;

    TokenService(EmulatorConfig config, TokenStore tokens, ZuoraTime time) {
        this.config = config;
        this.tokens = tokens;
        this.time = time;
    }

    /**
     * @param entityId the {@code Zuora-Entity-Ids} header of the token request, or null: narrows
     *     the token to that one of the client's entities
     */
    public TokenResponse issueToken(
            String clientId, String clientSecret, String grantType, String entityId) {
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
        Instant now = time.now();
        long lifetime = config.tokenLifetime().toSeconds();
        String token =
                tokens.issue(
                        new TokenStore.Grant(
                                client.clientId(),
                                Ids.stableId(client.clientId()),
                                entities,
                                now.plusSeconds(lifetime)),
                        now);
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

    private static void require(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new MissingValueException(field + ": is required");
        }
    }
}
