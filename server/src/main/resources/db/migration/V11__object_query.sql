-- Zuora's object query (POST /v1/action/query and queryMore, decisions Q1-Q6).

-- Q3: rows come in creation order. One sequence numbers the creation of accounts, invoices and
-- InvoiceSplits (InvoiceSplitItems have had their own since V1; invoice items follow their invoice).
CREATE SEQUENCE creation_seq;
ALTER TABLE account ADD COLUMN created_seq BIGINT DEFAULT nextval('creation_seq') NOT NULL;
ALTER TABLE invoice ADD COLUMN created_seq BIGINT DEFAULT nextval('creation_seq') NOT NULL;
ALTER TABLE invoice_split ADD COLUMN created_seq BIGINT DEFAULT nextval('creation_seq') NOT NULL;

-- A query's cost must not grow with the table when its filter is selective: the filters clients use to find
-- what a split made, and an entity's invoices by status (IDs, numbers, accounts and invoice items already have
-- theirs). No index on creation order alone: an unfiltered query reads the entity's rows anyway, and each index
-- costs every write (measured: splits completed fell by a quarter with four more).
CREATE INDEX ix_invoice_entity_status ON invoice (entity_id, status, created_seq);
CREATE INDEX ix_invoice_split_invoice ON invoice_split (invoice_id);
CREATE INDEX ix_split_item_invoice ON invoice_split_item (invoice_id);

-- Q4: a walk's locator and the IDs of the rows it matched at its first call, in order.
CREATE TABLE query_locator (
    id          VARCHAR(32)   NOT NULL PRIMARY KEY,
    entity_id   VARCHAR(36)   NOT NULL,
    -- the select list and object of the walk: "select Id, Name from Account"
    statement   VARCHAR(20000) NOT NULL,
    size        BIGINT        NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_query_locator_expiry ON query_locator (expires_at);

CREATE TABLE query_locator_row (
    locator_id  VARCHAR(32)   NOT NULL REFERENCES query_locator (id) ON DELETE CASCADE,
    ordinal     BIGINT        NOT NULL,
    row_id      VARCHAR(32)   NOT NULL,
    PRIMARY KEY (locator_id, ordinal)
);
