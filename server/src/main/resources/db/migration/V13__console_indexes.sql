-- The console's lists, newest first a page at a time, whatever is stored: jobs by creation, an account's invoices
-- by ID (IDs grow with time), a schedule's bill runs.
CREATE INDEX ix_job_created ON job (created_at, id);
CREATE INDEX ix_invoice_account_id ON invoice (account_id, id);
CREATE INDEX ix_bill_run_schedule ON bill_run (schedule_id, id);
