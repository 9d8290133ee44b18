-- The newer split operation (PUT /v1/invoices/{invoiceKey}/split, decisions N1-N6).

-- N4: an invoice made by a split, of either flow; invoices already made by the older flow are marked too.
ALTER TABLE invoice ADD COLUMN is_split BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE invoice SET is_split = TRUE
 WHERE id IN (SELECT invoice_id FROM invoice_split_item WHERE invoice_id IS NOT NULL);

-- N5: the operation job of each split request (GET /v1/operations/jobs/{jobId}). The invoice is not a
-- foreign key: the job outlives nothing it points to, and reset deletes both.
CREATE TABLE operation_job (
    id              VARCHAR(32)  NOT NULL PRIMARY KEY,
    entity_id       VARCHAR(36)  NOT NULL,
    object_type     VARCHAR(16)  NOT NULL,
    object_id       VARCHAR(32)  NOT NULL,
    operation_type  VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_by_id   VARCHAR(32)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_id   VARCHAR(32)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The request a split job carries out, written with the job so that a restart does not lose it.
CREATE TABLE split_request (
    id          VARCHAR(32)  NOT NULL PRIMARY KEY,
    entity_id   VARCHAR(36)  NOT NULL,
    job_id      VARCHAR(32)  NOT NULL REFERENCES operation_job (id) ON DELETE CASCADE,
    invoice_id  VARCHAR(32)  NOT NULL,
    split_type  VARCHAR(16)  NOT NULL
);
CREATE UNIQUE INDEX ix_split_request_job ON split_request (job_id);

CREATE TABLE split_request_part (
    id                VARCHAR(32)    NOT NULL PRIMARY KEY,
    request_id        VARCHAR(32)    NOT NULL REFERENCES split_request (id) ON DELETE CASCADE,
    position          INT            NOT NULL,
    split_amount      NUMERIC(30, 6),
    split_percentage  NUMERIC(30, 9),
    invoice_date      DATE           NOT NULL,
    payment_term      VARCHAR(100)   NOT NULL,
    invoice_id        VARCHAR(32)
);
CREATE UNIQUE INDEX ix_split_request_part ON split_request_part (request_id, position);
