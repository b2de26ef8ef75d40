-- Failed sign-ins are counted per username as typed (known or not, so both answer alike) and per
-- source address: a stranger guessing an administrator's password locks out only themself. Each
-- lock-out of the same pair lasts twice as long as the one before, up to a day.
create table sign_in_throttle (
    username         varchar(200)  not null,
    source           varchar(64)   not null,
    attempts         integer       not null default 0 check (attempts >= 0),
    lockouts         integer       not null default 0 check (lockouts >= 0),
    locked_until     timestamptz,
    last_attempt_at  timestamptz   not null,
    primary key (username, source)
);

create index sign_in_throttle_locked_idx on sign_in_throttle (username) where locked_until is not null;

alter table account drop column failed_logins, drop column locked_until;
