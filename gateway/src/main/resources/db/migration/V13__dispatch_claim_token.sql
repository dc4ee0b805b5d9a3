-- A dispatcher claims a whole Kafka batch in one statement and marks the rows it won with a token of its own, so it
-- reads back exactly those rows (their attempt numbers) without one statement per dispatch. Not indexed: the token
-- is only ever read together with the rows' primary keys.
alter table dispatch add column claim_token uuid;
