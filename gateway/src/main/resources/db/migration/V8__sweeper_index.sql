-- The sweeper looks for planned or claimed dispatches that have not moved for a while.
create index dispatch_status_updated on dispatch (status, updated_at);
