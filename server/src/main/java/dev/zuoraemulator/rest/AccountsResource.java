package dev.zuoraemulator.rest;

import dev.zuoraemulator.account.Account;
import dev.zuoraemulator.account.AccountMapper;
import dev.zuoraemulator.account.AccountService;
import dev.zuoraemulator.api.AccountsApi;
import dev.zuoraemulator.api.model.GETAccountType;
import dev.zuoraemulator.api.model.POSTAccountResponseType;
import dev.zuoraemulator.api.model.POSTAccountType;
import dev.zuoraemulator.common.ZuoraRequest;
import dev.zuoraemulator.idempotency.Idempotent;

@Idempotent
public class AccountsResource implements AccountsApi {

    private final AccountService accounts;
    private final ZuoraRequest request;

    AccountsResource(AccountService accounts, ZuoraRequest request) {
        this.accounts = accounts;
        this.request = request;
    }

    @Override
    public POSTAccountResponseType pOSTAccount(
            POSTAccountType body,
            String idempotencyKey,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        return AccountMapper.toCreated(
                accounts.createAccount(request.entityId(), request.userId(), body));
    }

    @Override
    public GETAccountType gETAccount(
            String accountKey,
            String acceptEncoding,
            String contentEncoding,
            String authorization,
            String zuoraTrackId,
            String zuoraEntityIds,
            String zuoraOrgIds,
            String zuoraVersion) {
        Account account = accounts.getAccount(request.entityId(), accountKey);
        return AccountMapper.toApi(account, accounts.postedBalance(account));
    }
}
