-- Signed bulletins: who signed an upstream bulletin (the subject of the trusted certificate; null when unsigned), and
-- wards that auto-issue only bulletins whose signature canhbao verified.
alter table bulletin add column signed_by text;
alter table ward_policy add column require_signed_bulletins boolean not null default false;

-- The public verification of a code looks alerts up by it (alert_short_code is unique, so already indexed), and the
-- CAP feed lists issued alerts newest first.
create index alert_published on alert (status, issued_at);
