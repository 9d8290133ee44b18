-- Snapshots of the test controls (POST /emulator/v1/snapshots): the whole stored state, as
-- gzipped JSON, kept in the database so that every instance sees them and they survive a restart.
CREATE TABLE emulator_snapshot (
    name        VARCHAR(100) NOT NULL PRIMARY KEY,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    objects     BIGINT       NOT NULL,
    content     BYTEA        NOT NULL
);
