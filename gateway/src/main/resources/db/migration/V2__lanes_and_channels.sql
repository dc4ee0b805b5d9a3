-- The urgent lane: leaders, loudspeakers, risk level 4 and 5, and cancels go ahead of everything queued.
alter table dispatch add column urgent boolean not null default false;
