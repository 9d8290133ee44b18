-- The invoice lifecycle after a split (decisions L1-L7).

-- L1: who posted the invoice (its posted date is posted_date).
ALTER TABLE invoice ADD COLUMN posted_by VARCHAR(32);
-- L3: fields PUT /v1/invoices/{invoiceKey} changes; an invoice takes its account's autoPay when made.
ALTER TABLE invoice ADD COLUMN auto_pay BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE invoice ADD COLUMN transferred_to_accounting VARCHAR(16);
-- L5: the invoice a split invoice was made from (either flow; the older flow's original no longer exists):
-- the invoices sharing it are one split group.
ALTER TABLE invoice ADD COLUMN split_from VARCHAR(32);
CREATE INDEX ix_invoice_split_from ON invoice (split_from);
-- L4: the operation job deleting the invoice, while it is pending.
ALTER TABLE invoice ADD COLUMN deleting_by VARCHAR(32);
-- L6: an account's invoices, newest updatedDate first, then highest number: one page reads only its rows.
CREATE INDEX ix_invoice_account_updated ON invoice (account_id, updated_at, invoice_number);
