-- #15: one row per provider receipt (see V22). Built concurrently, so a deploy does not hold up the tracker's inserts
-- into a table that grows with every message; Flyway runs a script made only of such statements outside a transaction.
create unique index concurrently if not exists delivery_event_receipt on delivery_event (receipt_key);
