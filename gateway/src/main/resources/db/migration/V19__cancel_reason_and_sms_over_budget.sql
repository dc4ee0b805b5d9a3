-- #14. A Cancel says what it ends and why: the short code and time of issue of the warning it cancels, and whether the
-- danger is over (ENDED) or the warning was a mistake (FALSE_ALARM), so no channel repeats a false headline or its risk
-- level as news. Cancels written before this kept "ĐÍNH CHÍNH: " before a correction's headline; that marks them.
alter table alert add column cancel_reason varchar(12);
alter table alert add column cancelled_code varchar(8);
alter table alert add column cancelled_sent timestamp with time zone;

update alert set cancel_reason = case when headline like 'ĐÍNH CHÍNH: %' then 'FALSE_ALARM' else 'ENDED' end
where msg_type = 'CANCEL';

-- A Cancel's first reference is the alert it cancels (refs: ids separated by spaces).
update alert set
    cancelled_code = (select o.short_code from alert o where alert.refs like cast(o.id as varchar(36)) || '%'),
    cancelled_sent = (select o.sent from alert o where alert.refs like cast(o.id as varchar(36)) || '%')
where msg_type = 'CANCEL';

-- What a ward sends when its SMS with diacritics is over budget: MORE_SEGMENTS or WITHOUT_DIACRITICS (the default,
-- see core.message.SmsOverBudget for why).
alter table ward_policy add column sms_over_budget varchar(20) not null default 'WITHOUT_DIACRITICS';
