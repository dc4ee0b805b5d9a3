-- Provider callbacks name the message by the provider's id.
create index dispatch_provider_message on dispatch (provider_message_id);

-- Zalo OA tokens: the refresh token is single-use, so each rotation is saved before the new access token is used.
create table zalo_token (
    id                smallint primary key,
    access_token      text not null,
    refresh_token     text not null,
    access_expires_at timestamp with time zone not null,
    updated_at        timestamp with time zone not null default now()
);
