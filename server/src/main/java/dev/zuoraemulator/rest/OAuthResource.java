package dev.zuoraemulator.rest;

import dev.zuoraemulator.api.OAuthApi;
import dev.zuoraemulator.api.model.TokenResponse;
import dev.zuoraemulator.auth.TokenService;

public class OAuthResource implements OAuthApi {

    private final TokenService tokens;

    OAuthResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public TokenResponse createToken(
            String clientId,
            String clientSecret,
            String grantType,
            String zuoraTrackId,
            String zuoraEntityIds) {
        return tokens.issueToken(clientId, clientSecret, grantType, zuoraEntityIds);
    }
}
