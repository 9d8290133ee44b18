package dev.zuoraemulator.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issued access tokens, in memory: a token is 32 lower-case hex characters, like Zuora's. Expired
 * tokens are dropped when they are next presented or when a new token is issued.
 */
@ApplicationScoped
public class TokenStore {

    /** What a token grants. */
    public record Grant(
            String clientId, String userId, List<String> entityIds, Instant expiresAt) {}

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    public String issue(Grant grant, Instant now) {
        grants.values().removeIf(g -> !g.expiresAt().isAfter(now));
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        grants.put(token, grant);
        return token;
    }

    /** How many tokens are held, expired ones not yet dropped included. */
    public int size() {
        return grants.size();
    }

    public Optional<Grant> find(String token, Instant now) {
        Grant grant = grants.get(token);
        if (grant == null) {
            return Optional.empty();
        }
        if (!grant.expiresAt().isAfter(now)) {
            grants.remove(token);
            return Optional.empty();
        }
        return Optional.of(grant);
    }
}
