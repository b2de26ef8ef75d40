create extension if not exists pg_trgm;

create sequence unit_seq start with 1000;

create table unit (
    id          bigint       primary key default nextval('unit_seq'),
    code        varchar(40)  not null,
    name        varchar(255) not null,
    kind        varchar(20)  not null check (kind in ('NATIONAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'DEPARTMENT', 'OTHER')),
    parent_id   bigint       references unit (id),
    path        varchar(2000) not null,
    depth       integer      not null check (depth >= 0),
    search_text varchar(600) not null,
    valid_from  date         not null,
    valid_to    date,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    check (valid_to is null or valid_to >= valid_from),
    check (code ~ '^[A-Za-z0-9._-]+$'),
    check ((parent_id is null) = (depth = 0))
);

-- a code is unique among active units; merged or dissolved units keep theirs in history
create unique index unit_active_code_uk on unit (code) where active;
create index unit_parent_name_idx on unit (parent_id, name);
create index unit_path_idx on unit (path varchar_pattern_ops);
create index unit_search_trgm_idx on unit using gin (search_text gin_trgm_ops);
