-- Every import of a sheet: who ran it from which unit, the file (name, SHA-256, size), what the check
-- found and, once confirmed, what was written. The rows an import writes with plain JDBC are audited
-- through this record.
create table import_run (
    id              bigint        generated always as identity primary key,
    kind            varchar(20)   not null check (kind in ('people', 'awards', 'units')),
    username        varchar(100)  not null,
    unit_id         bigint        not null references unit (id),
    file_name       varchar(255)  not null,
    checksum        varchar(64)   not null,
    file_size       bigint        not null check (file_size >= 0),
    started_at      timestamptz   not null,
    finished_at     timestamptz,
    rows_read       bigint        not null default 0,
    rows_new        bigint        not null default 0,
    rows_existing   bigint        not null default 0,
    rows_invalid    bigint        not null default 0,
    rows_written    bigint        not null default 0,
    outcome         varchar(20)   not null check (outcome in ('CHECKED', 'INVALID', 'COMMITTED', 'REFUSED', 'FAILED')),
    version         bigint        not null default 0
);

-- the history is read newest first within a unit subtree
create index import_run_unit_idx on import_run (unit_id, id desc);
