-- Custom fields (decision C10): each object's <name>__c values as one JSON object, NULL when it has none.
-- At most 100 fields of at most 64-character names and 255-character strings fit well within the size.
ALTER TABLE account ADD COLUMN custom_fields VARCHAR(1000000);
ALTER TABLE invoice ADD COLUMN custom_fields VARCHAR(1000000);
ALTER TABLE invoice_item ADD COLUMN custom_fields VARCHAR(1000000);
ALTER TABLE invoice_schedule ADD COLUMN custom_fields VARCHAR(1000000);
ALTER TABLE invoice_schedule_item ADD COLUMN custom_fields VARCHAR(1000000);
