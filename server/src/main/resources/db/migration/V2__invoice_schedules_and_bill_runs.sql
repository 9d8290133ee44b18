-- Invoice schedules, their items, and the bill runs that execute them.

CREATE TABLE invoice_schedule (
    id                          VARCHAR(32)  NOT NULL PRIMARY KEY,
    entity_id                   VARCHAR(36)  NOT NULL,
    schedule_number             VARCHAR(32)  NOT NULL,
    account_id                  VARCHAR(32)  NOT NULL REFERENCES account (id),
    currency                    VARCHAR(3)   NOT NULL,
    status                      VARCHAR(24)  NOT NULL,
    -- the status the schedule would have without a pause
    status_before_pause         VARCHAR(24),
    next_run_date_override      DATE,
    notes                       VARCHAR(255),
    invoice_separately          BOOLEAN      NOT NULL,
    orders_json                 CLOB         NOT NULL,
    specific_subscriptions_json CLOB         NOT NULL,
    additional_subscriptions_json CLOB       NOT NULL,
    created_by_id               VARCHAR(32)  NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_id               VARCHAR(32)  NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_schedule_number UNIQUE (entity_id, schedule_number)
);

CREATE TABLE invoice_schedule_item (
    id                  VARCHAR(32)    NOT NULL PRIMARY KEY,
    schedule_id         VARCHAR(32)    NOT NULL REFERENCES invoice_schedule (id) ON DELETE CASCADE,
    position            INT            NOT NULL,
    name                VARCHAR(100),
    amount              NUMERIC(30, 6) NOT NULL,
    run_date            DATE,
    target_date_for_additional_subscriptions DATE,
    status              VARCHAR(16)    NOT NULL,
    invoice_id          VARCHAR(32),
    bill_run_id         VARCHAR(32)
);
CREATE INDEX ix_schedule_item_schedule ON invoice_schedule_item (schedule_id, position);

CREATE TABLE bill_run (
    id                  VARCHAR(32)  NOT NULL PRIMARY KEY,
    entity_id           VARCHAR(36)  NOT NULL,
    bill_run_number     VARCHAR(32)  NOT NULL,
    status              VARCHAR(24)  NOT NULL,
    account_id          VARCHAR(32)  NOT NULL,
    schedule_id         VARCHAR(32)  NOT NULL,
    -- the item this run bills, and the item its filter names (null when executed without an item ID)
    schedule_item_id    VARCHAR(32)  NOT NULL,
    filter_item_id      VARCHAR(32),
    invoice_date        DATE         NOT NULL,
    target_date         DATE         NOT NULL,
    invoice_id          VARCHAR(32),
    created_by_id       VARCHAR(32)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_id       VARCHAR(32)  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_bill_run_number UNIQUE (entity_id, bill_run_number)
);

ALTER TABLE invoice_item ADD COLUMN invoice_schedule_id VARCHAR(32);
ALTER TABLE invoice_item ADD COLUMN invoice_schedule_item_id VARCHAR(32);
