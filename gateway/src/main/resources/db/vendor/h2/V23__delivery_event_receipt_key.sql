-- #15: one row per provider receipt (see V22); db/vendor/postgresql/V23 builds the same index concurrently.
create unique index if not exists delivery_event_receipt on delivery_event (receipt_key);
