-- When the provider accepted a dispatch. updated_at moves again when a delivery report arrives, so it cannot say when
-- a message was handed over; this column keeps it. It is also why the tracker no longer stores a delivery_event row
-- for each hand-over (one fact, one place): delivery_event keeps the failures and the providers' later reports.
alter table dispatch add column handed_over_at timestamp with time zone;

update dispatch set handed_over_at = (
    select min(e.occurred_at) from delivery_event e where e.dispatch_id = dispatch.id and e.status = 'ACCEPTED')
where status in ('ACCEPTED', 'DELIVERED', 'UNDELIVERED');

-- When the planning of an issued alert last moved (a page of its people written). The sweeper plans an alert again
-- only when this, or its issue, is older than the stall timeout: a ward whose planning takes longer than the timeout
-- (300,000 people take minutes) was otherwise planned a second time beside the first, every page published twice.
alter table alert add column planning_moved_at timestamp with time zone;
