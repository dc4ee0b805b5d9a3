-- Who follows the ward's Zalo OA, as Zalo tells us through follow and unfollow events.
create table zalo_follower (
    user_id    text primary key,
    following  boolean not null,
    updated_at timestamp with time zone not null default now()
);

-- What people wrote to the OA: kept for acknowledgements ("Đã nhận") and for linking a follower to a resident.
create table zalo_inbound_text (
    msg_id      text primary key,
    user_id     text not null,
    text        text not null,
    received_at timestamp with time zone not null
);
create index zalo_inbound_text_user on zalo_inbound_text (user_id, received_at);
