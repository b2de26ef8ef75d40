-- Administrators add, end and override rules on screens. A code names one rule, so that a verdict,
-- the rules page and the audit log all point at the same row; and a rule cannot override itself.
create unique index eligibility_rule_code_key on eligibility_rule (code);

create index eligibility_rule_overrides_idx on eligibility_rule (overrides_rule_id)
    where overrides_rule_id is not null;

alter table eligibility_rule
    add constraint eligibility_rule_not_self_check check (overrides_rule_id is null or overrides_rule_id <> id);
