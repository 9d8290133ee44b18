package dev.zuoraemulator.rest.admin;

import dev.zuoraemulator.adminapi.TokensApi;
import dev.zuoraemulator.adminapi.model.TokensExpired;
import dev.zuoraemulator.control.TokensControlService;

public class TokensResource implements TokensApi {

    private final TokensControlService tokens;

    TokensResource(TokensControlService tokens) {
        this.tokens = tokens;
    }

    @Override
    public TokensExpired expireTokens(String clientId) {
        return new TokensExpired().expired(tokens.expire(clientId));
    }
}
