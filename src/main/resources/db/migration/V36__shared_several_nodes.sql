-- Several nodes on one database (issue 15): whatever a node used to keep in its memory and another node
-- must see lives here.

-- Import jobs: the state of each background import, so that any node answers the progress poll and the
-- confirmation. The node running a step writes its progress and a heartbeat every second or so; a job
-- still checking or writing whose heartbeat is stale lost its node and is ended as failed by any other.
create table import_job (
    id            uuid          primary key,
    kind          varchar(20)   not null,
    username      varchar(100)  not null,
    file_name     varchar(255)  not null,
    checksum      varchar(64)   not null,
    file_size     bigint        not null check (file_size >= 0),
    started_at    timestamptz   not null,
    status        varchar(20)   not null check (status in ('CHECKING', 'CHECKED', 'WRITING', 'DONE', 'FAILED')),
    phase         varchar(20)   not null default 'READING' check (phase in ('READING', 'CHECKING', 'WRITING')),
    rows_done     bigint        not null default 0,
    rows_total    bigint        not null default 0,
    preview       jsonb,
    result        jsonb,
    run_id        bigint        references import_run (id),
    node          varchar(100)  not null,
    heartbeat_at  timestamptz   not null,
    failure_key   varchar(100)
);

-- one import under way per user, whichever node took it
create unique index import_job_running_user_idx on import_job (username) where status in ('CHECKING', 'WRITING');
-- the reaper looks for running jobs whose heartbeat is stale
create index import_job_running_heartbeat_idx on import_job (heartbeat_at) where status in ('CHECKING', 'WRITING');
-- finished jobs are forgotten after twelve hours
create index import_job_started_idx on import_job (started_at);

-- The uploaded file of a job in parts of a megabyte, so that another node can check or write it; dropped
-- when the job ends.
create table import_upload (
    job_id   uuid     not null references import_job (id) on delete cascade,
    part     integer  not null check (part >= 0),
    content  bytea    not null,
    primary key (job_id, part)
);

-- ShedLock (net.javacrumbs.shedlock, JDBC provider): a scheduled job runs on one node at a time. Times
-- are the database's (usingDbTime), so the nodes' clocks need not agree.
create table shedlock (
    name        varchar(64)   not null primary key,
    lock_until  timestamp     not null,
    locked_at   timestamp     not null,
    locked_by   varchar(255)  not null
);

-- Bucket4j's PostgreSQL proxy manager: the token bucket of each integration API key (id = api_key.id), so
-- that the rate limit holds across nodes. The state is Bucket4j's own serialised form.
create table api_rate_bucket (
    id          bigint  primary key,
    state       bytea,
    expires_at  bigint
);
