-- Why a resident needs help to act on a warning: elderly, disabled, pregnant, small children.
alter table recipient add column vulnerable_note text;
create unique index neighbourhood_group_ward_name on neighbourhood_group (ward_code, name);
