-- The mobile network cells that cover a ward (#18): a cell broadcast of the ward's warning is scoped to them. A cell is
-- its global identity: MCC (452, Viet Nam), MNC (the carrier), the location or tracking area code and the cell id.
create table ward_cell (
    ward_code   varchar(5) not null,
    mcc         varchar(3) not null,
    mnc         varchar(3) not null,
    lac         integer not null,
    cell_id     bigint not null,
    created_at  timestamp with time zone not null default now(),
    primary key (ward_code, mcc, mnc, lac, cell_id)
);
