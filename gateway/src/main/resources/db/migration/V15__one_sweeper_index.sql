-- next_attempt_at now says when the sweeper should look at a row that has not moved: a retry's due time, or for a
-- planned or claimed row the moment it counts as stalled. One index, (status, channel, next_attempt_at), serves every
-- sweep, one range per status and channel; the two it replaces had to be maintained by every claim and every record.
-- The claim returns the rows it won (update … returning), so it no longer marks them with a token.
update dispatch set next_attempt_at = updated_at where status in ('PLANNED', 'SENDING') and next_attempt_at is null;
drop index dispatch_status_updated;
drop index dispatch_status_due;
create index dispatch_due on dispatch (status, channel, next_attempt_at);
alter table dispatch drop column claim_token;
