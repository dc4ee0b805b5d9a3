-- Every person's addresses on the personal channels, and the channels they chose, in order of preference.
alter table recipient add column zalo_user_id text;
alter table recipient add column push_token text;
alter table recipient add column channels varchar(40) not null default 'SMS';

-- Loudspeaker clusters (cụm loa) of a ward, by the id the vendor's broadcast gateway knows them by.
create table loudspeaker_cluster (
    id                uuid primary key,
    ward_code         varchar(5) not null,
    vendor_cluster_id text not null,
    name              text not null,
    created_at        timestamp with time zone not null default now(),
    constraint loudspeaker_cluster_vendor_id unique (vendor_cluster_id)
);
create index loudspeaker_cluster_ward on loudspeaker_cluster (ward_code);
