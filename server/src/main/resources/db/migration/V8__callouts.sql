-- Callouts of the test controls (POST /emulator/v1/callouts) and their deliveries, each delivery
-- written in the transaction of the work whose completion it announces.
CREATE TABLE callout (
    id          VARCHAR(32)   NOT NULL PRIMARY KEY,
    url         VARCHAR(2000) NOT NULL,
    events      VARCHAR(200)  NOT NULL,
    secret      VARCHAR(200),
    entity_id   VARCHAR(36),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE callout_delivery (
    id            VARCHAR(32)  NOT NULL PRIMARY KEY,
    callout_id    VARCHAR(32)  NOT NULL REFERENCES callout (id) ON DELETE CASCADE,
    entity_id     VARCHAR(36)  NOT NULL,
    event         VARCHAR(32)  NOT NULL,
    object_id     VARCHAR(32)  NOT NULL,
    body          CLOB         NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    attempts      INT          NOT NULL,
    last_status   INT,
    last_error    VARCHAR(1000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_callout_delivery_created ON callout_delivery (created_at);
CREATE INDEX ix_callout_delivery_callout ON callout_delivery (callout_id);
