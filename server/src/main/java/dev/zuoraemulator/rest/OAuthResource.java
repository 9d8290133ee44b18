package dev.zuoraemulator.rest;

import dev.zuoraemulator.api.OAuthApi;
import dev.zuoraemulator.api.model.TokenResponse;
import dev.zuoraemulator.auth.TokenService;
import dev.zuoraemulator.common.ZuoraRequest;
import java.util.LinkedHashMap;
import java.util.Map;

public class OAuthResource implements OAuthApi {

    private final TokenService tokens;
    private final ZuoraRequest request;

    OAuthResource(TokenService tokens, ZuoraRequest request) {
        this.tokens = tokens;
        this.request = request;
    }

    @Override
    public TokenResponse createToken(
            String grantType,
            String zuoraTrackId,
            String zuoraEntityIds,
            String clientId,
            String clientSecret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("grant_type", grantType);
        request.recordForm(form);
        return tokens.issueToken(
                TokenService.ClientCredentials.of(
                        clientId, clientSecret, request.header("Authorization")),
                grantType,
                zuoraEntityIds);
    }
}
