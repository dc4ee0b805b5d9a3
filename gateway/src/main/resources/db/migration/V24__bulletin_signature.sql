-- What canhbao made of a bulletin's signature (#15): VERIFIED (signed_by names the trusted signer), UNVERIFIED (signed,
-- but not in a way canhbao can vouch for; signature_reason says why) or NONE. Only VERIFIED counts as signed.
alter table bulletin add column signature varchar(10) not null default 'NONE';
alter table bulletin add column signature_reason text;
update bulletin set signature = 'VERIFIED' where signed_by is not null;
