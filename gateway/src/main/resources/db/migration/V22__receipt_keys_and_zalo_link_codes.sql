-- #15. A provider's receipt is recorded once: a replayed or repeated callback (the same dispatch, status and provider
-- code) finds its key taken and adds no second row. Null for the pipeline's own events (failures, retries), which
-- are not receipts. The unique index comes in V23, built concurrently on PostgreSQL.
alter table delivery_event add column receipt_key text;

-- #15. A Zalo follower is linked to a phone only once the phone's owner gives back the code sent to it by SMS, the same
-- one-time code as the self-subscription page's: the row names the follower waiting for it. Codes for Zalo count
-- towards the phone's hourly limit like the page's.
alter table subscription_code add column zalo_user_id text;
create index subscription_code_zalo on subscription_code (zalo_user_id, created_at);
