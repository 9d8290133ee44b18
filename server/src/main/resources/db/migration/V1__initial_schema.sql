-- Every row belongs to an entity (tenant); every lookup is scoped by entity_id.

CREATE TABLE number_sequence (
    entity_id   VARCHAR(36) NOT NULL,
    name        VARCHAR(16) NOT NULL,
    next_value  BIGINT      NOT NULL,
    PRIMARY KEY (entity_id, name)
);

CREATE TABLE account (
    id                    VARCHAR(32)  NOT NULL PRIMARY KEY,
    entity_id             VARCHAR(36)  NOT NULL,
    account_number        VARCHAR(70)  NOT NULL,
    name                  VARCHAR(255) NOT NULL,
    currency              VARCHAR(3)   NOT NULL,
    bill_cycle_day        INT          NOT NULL,
    payment_term          VARCHAR(100) NOT NULL,
    auto_pay              BOOLEAN      NOT NULL,
    notes                 CLOB,
    batch                 VARCHAR(20)  NOT NULL,
    crm_id                VARCHAR(100),
    purchase_order_number VARCHAR(100),
    sales_rep             VARCHAR(50),
    bill_to_id            VARCHAR(32)  NOT NULL,
    bill_to_first_name    VARCHAR(100) NOT NULL,
    bill_to_last_name     VARCHAR(100) NOT NULL,
    bill_to_work_email    VARCHAR(80),
    bill_to_work_phone    VARCHAR(40),
    bill_to_address1      VARCHAR(255),
    bill_to_address2      VARCHAR(255),
    bill_to_city          VARCHAR(100),
    bill_to_state         VARCHAR(100),
    bill_to_country       VARCHAR(64),
    bill_to_zip_code      VARCHAR(20),
    created_by_id         VARCHAR(32)  NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_id         VARCHAR(32)  NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_account_number UNIQUE (entity_id, account_number)
);

CREATE TABLE invoice (
    id              VARCHAR(32)    NOT NULL PRIMARY KEY,
    entity_id       VARCHAR(36)    NOT NULL,
    invoice_number  VARCHAR(32)    NOT NULL,
    account_id      VARCHAR(32)    NOT NULL REFERENCES account (id),
    currency        VARCHAR(3)     NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    invoice_date    DATE           NOT NULL,
    due_date        DATE           NOT NULL,
    target_date     DATE,
    payment_term    VARCHAR(100),
    amount          NUMERIC(30, 6) NOT NULL,
    balance         NUMERIC(30, 6) NOT NULL,
    comments        CLOB,
    source          VARCHAR(16)    NOT NULL,
    source_type     VARCHAR(16)    NOT NULL,
    bill_run_id     VARCHAR(32),
    posted_date     DATE,
    splitting_by    VARCHAR(32),
    created_by_id   VARCHAR(32)    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_id   VARCHAR(32)    NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_invoice_number UNIQUE (entity_id, invoice_number)
);
CREATE INDEX ix_invoice_account ON invoice (account_id);

CREATE TABLE invoice_item (
    id                  VARCHAR(32)    NOT NULL PRIMARY KEY,
    invoice_id          VARCHAR(32)    NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
    position            INT            NOT NULL,
    amount              NUMERIC(30, 6) NOT NULL,
    charge_name         VARCHAR(100),
    description         VARCHAR(500),
    service_start_date  DATE           NOT NULL,
    service_end_date    DATE,
    quantity            NUMERIC(30, 9) NOT NULL,
    unit_price          NUMERIC(30, 9),
    sku                 VARCHAR(100),
    uom                 VARCHAR(25),
    charge_date         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_invoice_item_position UNIQUE (invoice_id, position)
);

CREATE TABLE invoice_split (
    id              VARCHAR(32)  NOT NULL PRIMARY KEY,
    entity_id       VARCHAR(36)  NOT NULL,
    -- the original invoice; no foreign key: the invoice is deleted when the split completes
    invoice_id      VARCHAR(32)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_by_id   VARCHAR(32)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_id   VARCHAR(32)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE invoice_split_item_seq;

CREATE TABLE invoice_split_item (
    id                VARCHAR(32)    NOT NULL PRIMARY KEY,
    entity_id         VARCHAR(36)    NOT NULL,
    invoice_split_id  VARCHAR(32)    NOT NULL REFERENCES invoice_split (id),
    created_seq       BIGINT         NOT NULL,
    invoice_date      DATE           NOT NULL,
    split_percentage  NUMERIC(12, 9) NOT NULL,
    payment_term      VARCHAR(100),
    invoice_id        VARCHAR(32),
    created_by_id     VARCHAR(32)    NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_id     VARCHAR(32)    NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_split_item_split ON invoice_split_item (invoice_split_id, created_seq);

-- Durable asynchronous work: accepted in the request's transaction, done by the job worker.
CREATE TABLE job (
    id            VARCHAR(32)  NOT NULL PRIMARY KEY,
    entity_id     VARCHAR(36)  NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    target_id     VARCHAR(32)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    attempts      INT          NOT NULL,
    last_error    VARCHAR(1000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    not_before    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_job_pending ON job (status, not_before, created_at);
