-- The worker takes due jobs oldest first: an index in that order lets it read the next few without sorting the
-- whole backlog (the old index began with not_before, so every look-up sorted every pending job).
CREATE INDEX ix_job_queue ON job (status, created_at, id);
DROP INDEX ix_job_pending;
