-- Residents subscribe themselves on the public page: a one-time code sent by SMS confirms the phone. A row is one
-- code, with what the person asked for while it waits. Only an HMAC of the code is kept, so the table alone does not
-- give the codes away. Rows also count the codes sent per phone and per client address, for the rate limits.
create table subscription_code (
    id          uuid primary key,
    phone       varchar(16) not null,
    ward_code   varchar(5) not null,
    group_id    uuid references neighbourhood_group (id),
    name        text,
    code_hash   varchar(64) not null,
    client_addr varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    attempts    integer not null default 0,
    used_at     timestamp with time zone
);
create index subscription_code_phone on subscription_code (phone, created_at);
create index subscription_code_client on subscription_code (client_addr, created_at);
-- Codes are forgotten a day after they were sent (see SubscriptionCodes.purge).
create index subscription_code_created on subscription_code (created_at);
