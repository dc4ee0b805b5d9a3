-- An alert an officer limits to some neighbourhood groups reaches only the people of those groups.
create table alert_target_group (
    alert_id uuid not null references alert (id),
    group_id uuid not null references neighbourhood_group (id),
    primary key (alert_id, group_id)
);

-- The group a loudspeaker cluster serves (null: the whole ward), so a warning for some groups sounds only there.
alter table loudspeaker_cluster add column group_id uuid references neighbourhood_group (id);
