package dev.zuoraemulator.control;

import dev.zuoraemulator.auth.TokenStore;
import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.error.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * {@code POST /emulator/v1/tokens/expire} (decision T1): tokens expire on real time, so a test of a
 * client's token refresh expires them here. The tokens go from the database; a new version of the
 * shared controls makes every instance forget the grants it holds in memory ({@link
 * SharedControls}), this one at once, the others within {@code emulator.control-refresh}.
 */
@ApplicationScoped
public class TokensControlService {

    private final TokenStore tokens;
    private final SharedControls controls;
    private final EmulatorConfig config;

    TokensControlService(TokenStore tokens, SharedControls controls, EmulatorConfig config) {
        this.tokens = tokens;
        this.controls = controls;
        this.config = config;
    }

    /**
     * Expires every token, or those of the configured client given; answers how many were valid.
     */
    public int expire(String clientId) {
        if (clientId != null) {
            List<String> known =
                    config.clients().values().stream()
                            .map(EmulatorConfig.Client::clientId)
                            .toList();
            if (!known.contains(clientId)) {
                throw new InvalidValueException(
                        "clientId: not one of the configured clients " + known);
            }
        }
        int expired = tokens.expire(clientId);
        controls.update(unchanged -> unchanged);
        return expired;
    }
}
