package dev.zuoraemulator.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Issued access tokens: a token is 32 lower-case hex characters, like Zuora's. Tokens are stored in
 * the database ({@code access_token}), so that every instance on it accepts a token any of them
 * issued, and a token outlives a restart; each instance keeps the grants it has seen in memory, so
 * a token costs one database read per instance. Expired tokens are dropped, from the database and
 * from memory, when a new token is issued.
 *
 * <p>Tokens expire on real time, not on the emulator's clock (decision T1): a client caches its
 * token by its own clock, so moving the emulator's clock must not make it answer 401. A test
 * expires tokens at once with {@link #expire}.
 */
@ApplicationScoped
public class TokenStore {

    /** What a token grants. */
    public record Grant(
            String clientId, String userId, List<String> entityIds, Instant expiresAt) {}

    private static final Pattern TOKEN_FORMAT = Pattern.compile("[0-9a-f]{32}");

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> seen = new ConcurrentHashMap<>();
    private final DataSource database;

    TokenStore(DataSource database) {
        this.database = database;
    }

    /** Now, by real time: what a token's expiry is measured against. */
    public static Instant now() {
        return Instant.now();
    }

    /** Stores a new token (committed before it is answered) and drops the expired ones. */
    public String issue(Grant grant) {
        Instant now = now();
        seen.values().removeIf(g -> !g.expiresAt().isAfter(now));
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        try (Connection connection = database.getConnection();
                PreparedStatement purge =
                        connection.prepareStatement(
                                "DELETE FROM access_token WHERE expires_at <= ?");
                PreparedStatement insert =
                        connection.prepareStatement(
                                "INSERT INTO access_token"
                                        + " (token, client_id, user_id, entity_ids, expires_at)"
                                        + " VALUES (?, ?, ?, ?, ?)")) {
            purge.setObject(1, utc(now));
            purge.executeUpdate();
            insert.setString(1, token);
            insert.setString(2, grant.clientId());
            insert.setString(3, grant.userId());
            insert.setString(4, String.join(",", grant.entityIds()));
            insert.setObject(5, utc(grant.expiresAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the access token", e);
        }
        seen.put(token, grant);
        return token;
    }

    /** How many grants this instance holds in memory, expired ones not yet dropped included. */
    public int size() {
        return seen.size();
    }

    /**
     * The grant of a token, if this instance has seen it: without a database read, so fit for an
     * event-loop thread. Empty also when the token may exist but this instance has not seen it
     * ({@link #mayExist}).
     */
    public Optional<Grant> findSeen(String token) {
        Instant now = now();
        // an expired grant stays known (so that presenting it again costs no database read) until
        // the next token is issued
        Grant grant = seen.get(token);
        return grant == null || !grant.expiresAt().isAfter(now)
                ? Optional.empty()
                : Optional.of(grant);
    }

    /**
     * Whether the token has the form of one issued and is not known here: worth a database read.
     */
    public boolean mayExist(String token) {
        return !seen.containsKey(token) && TOKEN_FORMAT.matcher(token).matches();
    }

    /** The grant of a token, read from the database if this instance has not seen it (blocking). */
    public Optional<Grant> find(String token) {
        if (mayExist(token)) {
            load(token).ifPresent(grant -> seen.put(token, grant));
        }
        return findSeen(token);
    }

    /**
     * Expires every token, or those of one client, at once (deleted from the database); answers how
     * many were still valid. This instance refuses them at once; others once they {@link
     * #forgetSeen forget} the grants they hold.
     */
    public int expire(String clientId) {
        int valid;
        try (Connection connection = database.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement(
                                "DELETE FROM access_token WHERE expires_at > ?"
                                        + (clientId == null ? "" : " AND client_id = ?"))) {
            delete.setObject(1, utc(now()));
            if (clientId != null) {
                delete.setString(2, clientId);
            }
            valid = delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not expire the access tokens", e);
        }
        seen.values().removeIf(g -> clientId == null || g.clientId().equals(clientId));
        return valid;
    }

    /**
     * Forgets the grants held in memory, so that each token is read from the database again: how an
     * instance follows tokens another instance expired.
     */
    public void forgetSeen() {
        seen.clear();
    }

    private Optional<Grant> load(String token) {
        try (Connection connection = database.getConnection();
                PreparedStatement select =
                        connection.prepareStatement(
                                "SELECT client_id, user_id, entity_ids, expires_at"
                                        + " FROM access_token WHERE token = ?")) {
            select.setString(1, token);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(
                        new Grant(
                                row.getString(1),
                                row.getString(2),
                                Arrays.asList(row.getString(3).split(",")),
                                row.getObject(4, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the access token", e);
        }
    }

    /** A timestamp with its zone: read back as the same instant by H2 and PostgreSQL alike. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
