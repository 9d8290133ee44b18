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
            String clientId,
            String clientSecret,
            String grantType,
            String zuoraTrackId,
            String zuoraEntityIds) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("grant_type", grantType);
        request.recordForm(form);
        return tokens.issueToken(clientId, clientSecret, grantType, zuoraEntityIds);
    }
}
