-- Idempotency-Key records (decision C3): one per entity and key, with the first completed response.
CREATE TABLE idempotency_key (
    entity_id     VARCHAR(36)   NOT NULL,
    idem_key      VARCHAR(255)  NOT NULL,
    fingerprint   VARCHAR(64)   NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    status        INT,
    response_body CLOB,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (entity_id, idem_key)
);
CREATE INDEX ix_idempotency_created ON idempotency_key (created_at);
