create table movement (
    id                     bigint        generated always as identity primary key,
    code                   varchar(40)   not null,
    name                   varchar(500)  not null,
    search_text            varchar(600)  not null,
    launching_unit_id      bigint        not null references unit (id),
    authority              varchar(200)  not null,
    parent_id              bigint        references movement (id),
    kind                   varchar(20)   not null check (kind in ('REGULAR', 'CAMPAIGN')),
    plan_number            varchar(60),
    plan_date              date,
    plan_attachment_id     bigint        references attachment (id),
    start_date             date          not null,
    end_date               date          not null,
    lead_unit_id           bigint        not null references unit (id),
    standing_unit_id       bigint        references unit (id),
    content                text,
    goals                  text,
    reporting              varchar(20)   not null check (reporting in ('QUARTERLY', 'HALF_YEARLY', 'YEARLY')),
    report_due_days        integer       not null check (report_due_days between 0 and 90),
    registration_deadline  date,
    status                 varchar(30)   not null check (status in ('DRAFT', 'LAUNCHED', 'MID_TERM_REVIEWED', 'FINAL_REVIEWED', 'CLOSED')),
    version                bigint        not null default 0,
    check (end_date >= start_date),
    check (code ~ '^[A-Za-z0-9._/-]+$')
);

create unique index movement_code_uk on movement (code);
create index movement_launching_unit_idx on movement (launching_unit_id, start_date desc);
create index movement_lead_unit_idx on movement (lead_unit_id);
create index movement_parent_idx on movement (parent_id);
create index movement_status_idx on movement (status, start_date desc);
create index movement_start_idx on movement (start_date desc, id desc);
create index movement_search_trgm_idx on movement using gin (search_text gin_trgm_ops);

create table movement_step (
    id               bigint        generated always as identity primary key,
    movement_id      bigint        not null references movement (id),
    status           varchar(30)   not null,
    taken_on         date          not null,
    document_number  varchar(60),
    attachment_id    bigint        references attachment (id),
    note             varchar(2000),
    recorded_by      varchar(100)  not null,
    recorded_at      timestamptz   not null,
    unique (movement_id, status)
);

create table movement_target (
    id           bigint         generated always as identity primary key,
    movement_id  bigint         not null references movement (id),
    sort_order   integer        not null,
    field_name   varchar(200)   not null,
    name         varchar(500)   not null,
    kind         varchar(20)    not null check (kind in ('QUANTITATIVE', 'QUALITATIVE')),
    measure      varchar(40),
    direction    varchar(20)    not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    plan_value   numeric(20, 4) check (plan_value >= 0),
    max_value    numeric(20, 4) check (max_value > 0),
    weight       numeric(6, 2)  not null check (weight > 0),
    check ((kind = 'QUANTITATIVE') = (plan_value is not null))
);

create index movement_target_movement_idx on movement_target (movement_id, sort_order);

create sequence movement_participant_seq increment by 50;

create table movement_participant (
    id           bigint        primary key,
    movement_id  bigint        not null references movement (id),
    unit_id      bigint        not null references unit (id),
    joined_via   varchar(20)   not null check (joined_via in ('ASSIGNED', 'REGISTERED')),
    joined_on    date          not null,
    joined_by    varchar(100)  not null,
    unique (movement_id, unit_id)
);

create index movement_participant_unit_idx on movement_participant (unit_id);

create table pledge (
    id           bigint         generated always as identity primary key,
    movement_id  bigint         not null references movement (id),
    target_id    bigint         not null references movement_target (id),
    unit_id      bigint         not null references unit (id),
    year         integer        not null,
    plan_value   numeric(20, 4) not null check (plan_value >= 0),
    version      bigint         not null default 0,
    unique (target_id, unit_id, year)
);

create index pledge_movement_unit_idx on pledge (movement_id, unit_id, year);

create table progress_report (
    id              bigint         generated always as identity primary key,
    movement_id     bigint         not null references movement (id),
    unit_id         bigint         not null references unit (id),
    year            integer        not null,
    period          varchar(10)    not null check (period in ('Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'YEAR')),
    period_end      date           not null,
    status          varchar(20)    not null check (status in ('SUBMITTED', 'RETURNED', 'ACCEPTED')),
    submitted_by    varchar(100)   not null,
    submitted_at    timestamptz    not null,
    reviewed_by     varchar(100),
    reviewed_at     timestamptz,
    review_comment  varchar(2000),
    score           numeric(9, 2),
    version         bigint         not null default 0,
    unique (movement_id, unit_id, year, period)
);

-- the latest accepted report of each unit as of a date: one index range per movement and year
create index progress_report_standing_idx on progress_report (movement_id, year, unit_id, period_end desc)
    where status = 'ACCEPTED';
create index progress_report_queue_idx on progress_report (movement_id, status, submitted_at);
create index progress_report_unit_idx on progress_report (unit_id, movement_id);

create table progress_value (
    id            bigint         generated always as identity primary key,
    report_id     bigint         not null references progress_report (id),
    target_id     bigint         not null references movement_target (id),
    actual_value  numeric(20, 4) check (actual_value >= 0),
    achieved      boolean,
    note          varchar(1000),
    plan_value    numeric(20, 4),
    attainment    numeric(9, 2),
    unique (report_id, target_id)
);

create table progress_evidence (
    report_id      bigint not null references progress_report (id),
    attachment_id  bigint not null references attachment (id),
    primary key (report_id, attachment_id)
);
