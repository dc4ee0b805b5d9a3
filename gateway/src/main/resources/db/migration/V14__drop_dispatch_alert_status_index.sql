-- Every write of a dispatch row (plan, claim, record) updates each of its indexes, and this one duplicates the
-- prefix of dispatch_idempotency (alert_id, recipient_id, channel), which serves every look-up by alert.
drop index dispatch_alert_status;
