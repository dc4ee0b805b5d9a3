-- PostgreSQL only: the sweeper's index holds the rows still in flight, not the history of every message sent.
-- A row that reaches ACCEPTED, DELIVERED, FAILED or CANCELLED then leaves the index instead of adding an entry to it
-- (its update is never HOT, so every new version used to get one), the index stays the size of the work under way,
-- and no query about handed-over rows ("status in ('ACCEPTED', …)") can be planned through it. H2 has no partial
-- indexes and keeps the whole one (db/migration V15).
-- Built and dropped concurrently, so a deploy does not hold up the claims and records of a fan-out under way; Flyway
-- runs a script made only of such statements outside a transaction.
create index concurrently if not exists dispatch_in_flight on dispatch (status, channel, next_attempt_at)
    where status in ('PLANNED', 'SENDING', 'RETRY_WAIT');
drop index concurrently if exists dispatch_due;
