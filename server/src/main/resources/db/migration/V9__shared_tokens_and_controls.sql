-- What several instances on one database share beyond the stored objects (issue 13).

-- Access tokens: any instance accepts a token another one issued, and a token outlives a restart.
CREATE TABLE access_token (
    token       VARCHAR(32)   NOT NULL PRIMARY KEY,
    client_id   VARCHAR(255)  NOT NULL,
    user_id     VARCHAR(36)   NOT NULL,
    entity_ids  VARCHAR(4000) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_access_token_expires ON access_token (expires_at);

-- The test controls' clock and job mode, one row that every instance follows. The clock is an offset
-- from real time or a frozen instant, both in nanoseconds; a null job delay is emulator.job-delay.
CREATE TABLE emulator_control (
    id                 INT          NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    clock_offset_nanos BIGINT       NOT NULL,
    clock_frozen_nanos BIGINT,
    job_mode           VARCHAR(16)  NOT NULL,
    job_delay_millis   BIGINT
);
INSERT INTO emulator_control (id, version, clock_offset_nanos, clock_frozen_nanos, job_mode, job_delay_millis)
VALUES (1, 0, 0, NULL, 'AUTO', NULL);
