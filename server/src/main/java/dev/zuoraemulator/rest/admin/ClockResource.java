package dev.zuoraemulator.rest.admin;

import dev.zuoraemulator.adminapi.ClockApi;
import dev.zuoraemulator.adminapi.model.Clock;
import dev.zuoraemulator.adminapi.model.ClockAdvance;
import dev.zuoraemulator.adminapi.model.ClockSetting;
import dev.zuoraemulator.control.AdminMapper;
import dev.zuoraemulator.control.ClockService;

public class ClockResource implements ClockApi {

    private final ClockService clock;

    ClockResource(ClockService clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return AdminMapper.clock(clock.clock());
    }

    @Override
    public Clock setClock(ClockSetting setting) {
        clock.set(setting.getNow().toInstant(), !Boolean.FALSE.equals(setting.getFrozen()));
        return getClock();
    }

    @Override
    public Clock advanceClock(ClockAdvance advance) {
        clock.advance(advance.getDuration());
        return getClock();
    }

    @Override
    public Clock resetClock() {
        clock.reset();
        return getClock();
    }
}
