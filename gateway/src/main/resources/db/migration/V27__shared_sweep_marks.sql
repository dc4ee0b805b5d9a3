-- How far the sweepers have read each range of dispatches (a status and a channel, in next_attempt_at order), shared by
-- the replicas (#17): one replica's sweep reads on from where any other's stopped, and the read from a range's start,
-- once per stall timeout, is done by one of them, not by each.
create table sweep_mark (
    status   varchar(12) not null,
    channel  varchar(12) not null,
    read_to  timestamp with time zone not null,
    full_at  timestamp with time zone not null,
    primary key (status, channel)
);
