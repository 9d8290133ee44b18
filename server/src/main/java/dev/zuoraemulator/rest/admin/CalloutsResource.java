package dev.zuoraemulator.rest.admin;

import dev.zuoraemulator.adminapi.CalloutsApi;
import dev.zuoraemulator.adminapi.model.Callout;
import dev.zuoraemulator.adminapi.model.CalloutDeliveryList;
import dev.zuoraemulator.adminapi.model.CalloutEventType;
import dev.zuoraemulator.adminapi.model.CalloutList;
import dev.zuoraemulator.adminapi.model.CalloutRequest;
import dev.zuoraemulator.callout.CalloutService;
import dev.zuoraemulator.control.AdminMapper;

public class CalloutsResource implements CalloutsApi {

    private final CalloutService callouts;

    CalloutsResource(CalloutService callouts) {
        this.callouts = callouts;
    }

    @Override
    public Callout addCallout(CalloutRequest request) {
        return AdminMapper.callout(
                callouts.register(
                        request.getUrl(),
                        request.getEvents().stream().map(CalloutEventType::toString).toList(),
                        request.getSecret(),
                        request.getEntityId()));
    }

    @Override
    public CalloutList listCallouts() {
        return new CalloutList()
                .callouts(callouts.list().stream().map(AdminMapper::callout).toList());
    }

    @Override
    public void removeCallout(String calloutId) {
        callouts.remove(calloutId);
    }

    @Override
    public CalloutDeliveryList listCalloutDeliveries(Integer limit) {
        return new CalloutDeliveryList()
                .deliveries(
                        callouts.deliveries(limit == null ? 100 : limit).stream()
                                .map(AdminMapper::delivery)
                                .toList());
    }
}
