package dev.zuoraemulator.rest.admin;

import dev.zuoraemulator.adminapi.SnapshotsApi;
import dev.zuoraemulator.adminapi.model.Snapshot;
import dev.zuoraemulator.adminapi.model.SnapshotList;
import dev.zuoraemulator.adminapi.model.SnapshotRequest;
import dev.zuoraemulator.control.AdminMapper;
import dev.zuoraemulator.control.SnapshotService;
import java.util.Map;

public class SnapshotsResource implements SnapshotsApi {

    private final SnapshotService snapshots;

    SnapshotsResource(SnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public Snapshot createSnapshot(SnapshotRequest request) {
        return AdminMapper.snapshot(snapshots.create(request.getName()));
    }

    @Override
    public SnapshotList listSnapshots() {
        return new SnapshotList()
                .snapshots(snapshots.list().stream().map(AdminMapper::snapshot).toList());
    }

    @Override
    public void deleteSnapshot(String name) {
        snapshots.delete(name);
    }

    @Override
    public Snapshot restoreSnapshot(String name) {
        return AdminMapper.snapshot(snapshots.restore(name));
    }

    @Override
    public Map<String, Object> exportSnapshot(String name) {
        return snapshots.export(name);
    }
}
