package dev.zuoraemulator.rest.admin;

import dev.zuoraemulator.adminapi.ResetApi;
import dev.zuoraemulator.control.ResetService;

public class ResetResource implements ResetApi {

    private final ResetService reset;

    ResetResource(ResetService reset) {
        this.reset = reset;
    }

    @Override
    public void reset(String entityId, Boolean callouts) {
        boolean subscriptionsToo = Boolean.TRUE.equals(callouts);
        if (entityId == null) {
            reset.resetAll(subscriptionsToo);
        } else {
            reset.resetEntity(entityId, subscriptionsToo);
        }
    }
}
