package dev.zuoraemulator.auth;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zuoraemulator.api.model.TokenResponse;
import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.common.Ids;
import dev.zuoraemulator.common.ZuoraTime;
import dev.zuoraemulator.error.InvalidValueException;
import dev.zuoraemulator.error.MissingValueException;

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

    public TokenResponse issueToken(String clientId, String clientSecret, String grantType) {
        require("client_id", clientId);
        require("client_secret", clientSecret);
        require("grant_type", grantType);
        if (!"client_credentials".equals(grantType)) {
            throw new InvalidValueException("grant_type: only 'client_credentials' is supported");
        }
        EmulatorConfig.Client client = config.clients().values().stream()
                .filter(c -> c.clientId().equals(clientId) && c.clientSecret().equals(clientSecret))
                .findFirst()
                .orElseThrow(AuthenticationException::new);
        Instant now = time.now();
        long lifetime = config.tokenLifetime().toSeconds();
        String token = tokens.issue(new TokenStore.Grant(client.clientId(), Ids.stableId(client.clientId()),
                client.entityIds(), now.plusSeconds(lifetime)), now);
        StringBuilder scope = new StringBuilder();
        for (String entityId : client.entityIds()) {
            scope.append("entity.").append(entityId).append(' ');
        }
        scope.append("platform.write service.execute.write");
        // Zuora answers 3599 for a one-hour token: the second already begun does not count
        return new TokenResponse().accessToken(token).tokenType("bearer")
                .expiresIn(java.math.BigDecimal.valueOf(Math.max(lifetime - 1, 0)))
                .scope(scope.toString()).jti(token);
    }

    private static void require(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new MissingValueException(field + ": is required");
        }
    }
}
