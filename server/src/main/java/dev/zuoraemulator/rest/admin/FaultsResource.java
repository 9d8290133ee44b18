package dev.zuoraemulator.rest.admin;

import dev.zuoraemulator.adminapi.FaultsApi;
import dev.zuoraemulator.adminapi.model.FaultRule;
import dev.zuoraemulator.adminapi.model.FaultRuleRequest;
import dev.zuoraemulator.adminapi.model.FaultRules;
import dev.zuoraemulator.control.AdminMapper;
import dev.zuoraemulator.control.FaultsControlService;

public class FaultsResource implements FaultsApi {

    private final FaultsControlService faults;

    FaultsResource(FaultsControlService faults) {
        this.faults = faults;
    }

    @Override
    public FaultRule addFault(FaultRuleRequest request) {
        return AdminMapper.fault(faults.add(request));
    }

    @Override
    public FaultRules listFaults() {
        return new FaultRules().faults(faults.list().stream().map(AdminMapper::fault).toList());
    }

    @Override
    public void clearFaults() {
        faults.clear();
    }

    @Override
    public void removeFault(String faultId) {
        faults.remove(faultId);
    }
}
