-- When the first neighbourhood leader's message of an alert was handed to a provider: set once, by the conditional
-- update of whichever replica handed one over first (first_leader_at is null), which is also when that replica records
-- canhbao.alert.first_leader, so the metric counts each alert once however many replicas send its leaders.
alter table alert add column first_leader_at timestamp with time zone;
