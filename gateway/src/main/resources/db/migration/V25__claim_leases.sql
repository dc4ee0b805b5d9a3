-- A claim names the process that made it (#15). Every dispatching process renews a lease while it runs; when a process
-- dies, its lease lapses within seconds and the sweeper takes its claimed dispatches over at once, instead of waiting
-- for them to count as stalled. Not indexed: claimed_by is read only among the few rows in SENDING.
alter table dispatch add column claimed_by uuid;

create table dispatcher_lease (
    incarnation uuid primary key,
    host        varchar(255) not null,
    started_at  timestamp with time zone not null,
    renewed_at  timestamp with time zone not null
);
