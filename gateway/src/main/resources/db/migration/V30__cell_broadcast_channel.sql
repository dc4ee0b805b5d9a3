-- CELL_BROADCAST is 14 characters: widen every column that holds a channel's name.
alter table alert_message alter column channel set data type varchar(20);
alter table dispatch alter column channel set data type varchar(20);
alter table delivery_event alter column channel set data type varchar(20);
alter table sweep_mark alter column channel set data type varchar(20);
