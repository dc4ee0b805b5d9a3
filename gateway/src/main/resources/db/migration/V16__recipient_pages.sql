-- The planner reads a ward's people a page at a time: its leaders, then its vulnerable residents, then the others,
-- each page the next ids after the last one. This index hands out every such page in order and stops at its limit, so
-- a page costs the same at the end of a ward of 300,000 as at its start. It begins with ward_code, so it serves every
-- look-up by ward too, and recipient_ward goes (one index less to update on each import).
create index recipient_ward_page on recipient (ward_code, role, vulnerable, id);
drop index recipient_ward;
