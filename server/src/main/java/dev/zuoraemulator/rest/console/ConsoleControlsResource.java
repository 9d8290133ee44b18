package dev.zuoraemulator.rest.console;

import dev.zuoraemulator.adminapi.model.CalloutEventType;
import dev.zuoraemulator.adminapi.model.CalloutRequest;
import dev.zuoraemulator.adminapi.model.FaultRuleRequest;
import dev.zuoraemulator.callout.CalloutService;
import dev.zuoraemulator.common.EmulatorConfig;
import dev.zuoraemulator.console.ConsoleForms;
import dev.zuoraemulator.console.ConsolePages;
import dev.zuoraemulator.consoleapi.ConsoleControlsApi;
import dev.zuoraemulator.control.AdminMapper;
import dev.zuoraemulator.control.FaultsControlService;
import dev.zuoraemulator.control.ResetService;
import dev.zuoraemulator.control.SnapshotService;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * Fault rules, callouts, snapshots and the reset, through the test controls' services; each form is
 * checked against the test controls' request model and its constraints, as their operation would
 * check it.
 */
public class ConsoleControlsResource implements ConsoleControlsApi {

    private static final String FAULTS = "/emulator/console/faults";
    private static final String CALLOUTS = "/emulator/console/callouts";
    private static final String SNAPSHOTS = "/emulator/console/snapshots";

    private final ConsolePages pages;
    private final FaultsControlService faults;
    private final CalloutService callouts;
    private final SnapshotService snapshots;
    private final ResetService reset;
    private final EmulatorConfig config;
    private final ConsoleForms forms;

    ConsoleControlsResource(
            ConsolePages pages,
            FaultsControlService faults,
            CalloutService callouts,
            SnapshotService snapshots,
            ResetService reset,
            EmulatorConfig config,
            ConsoleForms forms) {
        this.pages = pages;
        this.faults = faults;
        this.callouts = callouts;
        this.snapshots = snapshots;
        this.reset = reset;
        this.config = config;
        this.forms = forms;
    }

    @Override
    public Response consoleFaults() {
        return pages.page(
                "faults",
                "Fault rules",
                Map.of("faults", faults.list().stream().map(AdminMapper::fault).toList()));
    }

    @Override
    public Response consoleAddFault(
            String cookie,
            String csrf,
            String operationId,
            String path,
            String method,
            String when,
            String status,
            String delay,
            String network,
            String probability,
            String times) {
        return pages.act(
                cookie,
                csrf,
                FAULTS,
                () -> {
                    FaultRuleRequest rule =
                            new FaultRuleRequest()
                                    .operationId(ConsoleForms.text(operationId))
                                    .path(ConsoleForms.text(path))
                                    .method(ConsoleForms.text(method))
                                    .when(
                                            ConsoleForms.parse(
                                                    "when",
                                                    when,
                                                    FaultRuleRequest.WhenEnum::fromValue,
                                                    FaultRuleRequest.WhenEnum.BEFORE))
                                    .status(
                                            ConsoleForms.parse(
                                                    "status", status, Integer::valueOf, null))
                                    .delay(ConsoleForms.text(delay))
                                    .network(
                                            ConsoleForms.parse(
                                                    "network",
                                                    network,
                                                    FaultRuleRequest.NetworkEnum::fromValue,
                                                    null))
                                    .probability(
                                            ConsoleForms.parse(
                                                    "probability",
                                                    probability,
                                                    Double::valueOf,
                                                    1d))
                                    .times(
                                            ConsoleForms.parse(
                                                    "times", times, Integer::valueOf, null));
                    faults.add(forms.valid(rule));
                });
    }

    @Override
    public Response consoleRemoveFault(String cookie, String csrf, String id) {
        return pages.act(
                cookie,
                csrf,
                FAULTS,
                () -> {
                    if (ConsoleForms.text(id) == null) {
                        faults.clear();
                    } else {
                        faults.remove(id.trim());
                    }
                });
    }

    @Override
    public Response consoleCallouts() {
        return pages.page(
                "callouts",
                "Callouts",
                Map.of(
                        "callouts",
                        callouts.list().stream().map(AdminMapper::callout).toList(),
                        "deliveries",
                        callouts.deliveries(ConsolePages.PAGE).stream()
                                .map(AdminMapper::delivery)
                                .toList()));
    }

    @Override
    public Response consoleAddCallout(
            String cookie, String csrf, String url, String events, String secret) {
        return pages.act(
                cookie,
                csrf,
                CALLOUTS,
                () -> {
                    CalloutRequest request =
                            new CalloutRequest()
                                    .url(ConsoleForms.text(url))
                                    .events(
                                            events == null
                                                    ? null
                                                    : Arrays.stream(events.split("[,\\s]+"))
                                                            .filter(e -> !e.isBlank())
                                                            .map(
                                                                    e ->
                                                                            ConsoleForms.parse(
                                                                                    "events",
                                                                                    e,
                                                                                    CalloutEventType
                                                                                            ::fromValue,
                                                                                    null))
                                                            .toList())
                                    .secret(ConsoleForms.text(secret));
                    forms.valid(request);
                    callouts.register(
                            request.getUrl(),
                            request.getEvents().stream().map(CalloutEventType::toString).toList(),
                            request.getSecret(),
                            null);
                });
    }

    @Override
    public Response consoleRemoveCallout(String cookie, String csrf, String id) {
        return pages.act(
                cookie,
                csrf,
                CALLOUTS,
                () -> {
                    callouts.remove(id == null ? "" : id.trim());
                });
    }

    @Override
    public Response consoleSnapshots() {
        return pages.page(
                "snapshots",
                "Snapshots and reset",
                Map.of(
                        "snapshots",
                        snapshots.list().stream()
                                .sorted(
                                        Comparator.comparing(SnapshotService.Info::createdAt)
                                                .reversed())
                                .map(AdminMapper::snapshot)
                                .toList(),
                        "entities",
                        config.entityIds()));
    }

    @Override
    public Response consoleSaveSnapshot(String cookie, String csrf, String name) {
        return pages.act(
                cookie,
                csrf,
                SNAPSHOTS,
                () -> {
                    snapshots.create(
                            forms.valid(
                                            new dev.zuoraemulator.adminapi.model.SnapshotRequest()
                                                    .name(ConsoleForms.text(name)))
                                    .getName());
                });
    }

    @Override
    public Response consoleRestoreSnapshot(
            String cookie, String csrf, String name, String confirm) {
        return pages.act(
                cookie,
                csrf,
                SNAPSHOTS,
                () -> {
                    ConsoleForms.confirmed(
                            confirm, "restoring a snapshot replaces everything stored");
                    snapshots.restore(name == null ? "" : name.trim());
                });
    }

    @Override
    public Response consoleExportSnapshot(String name) {
        Map<String, Object> file;
        try {
            file = snapshots.export(name);
        } catch (dev.zuoraemulator.error.ZuoraException e) {
            return pages.message(404, "Not found", e.getMessage());
        }
        return Response.ok(file, jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"snapshot.json\"")
                .build();
    }

    @Override
    public Response consoleDeleteSnapshot(String cookie, String csrf, String name) {
        return pages.act(
                cookie,
                csrf,
                SNAPSHOTS,
                () -> {
                    snapshots.delete(name == null ? "" : name.trim());
                });
    }

    @Override
    public Response consoleReset(
            String cookie, String csrf, String entity, String callouts, String confirm) {
        return pages.act(
                cookie,
                csrf,
                SNAPSHOTS,
                () -> {
                    ConsoleForms.confirmed(
                            confirm, "a reset forgets every object, job and Idempotency-Key");
                    boolean subscriptionsToo = "true".equals(callouts);
                    if (ConsoleForms.text(entity) == null) {
                        reset.resetAll(subscriptionsToo);
                    } else {
                        reset.resetEntity(entity.trim(), subscriptionsToo);
                    }
                });
    }
}
