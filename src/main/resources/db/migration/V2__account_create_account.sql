create sequence account_seq start with 1000 increment by 50;

create table account (
    id                   bigint       primary key default nextval('account_seq'),
    username             varchar(60)  not null unique check (username = lower(username)),
    password_hash        varchar(200) not null,
    full_name            varchar(200) not null,
    email                varchar(200),
    unit_id              bigint       not null references unit (id),
    roles                varchar(200) not null,
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    failed_logins        integer      not null default 0 check (failed_logins >= 0),
    locked_until         timestamptz,
    version              bigint       not null default 0
);

create index account_unit_idx on account (unit_id);
create index account_full_name_idx on account (full_name);
