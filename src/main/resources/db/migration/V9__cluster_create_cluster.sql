create table cluster (
    id                   bigint        generated always as identity primary key,
    code                 varchar(40)   not null,
    name                 varchar(300)  not null,
    kind                 varchar(10)   not null check (kind in ('CLUSTER', 'BLOCK')),
    supervising_unit_id  bigint        not null references unit (id),
    description          varchar(4000),
    version              bigint        not null default 0,
    check (code ~ '^[A-Za-z0-9._/-]+$')
);

create unique index cluster_code_uk on cluster (code);
create index cluster_supervising_idx on cluster (supervising_unit_id, name);

-- one row per cluster and year: who leads, who belongs, and the pact with its criteria table
create table cluster_year (
    id                    bigint        generated always as identity primary key,
    cluster_id            bigint        not null references cluster (id),
    year                  integer       not null check (year between 1945 and 2100),
    leader_unit_id        bigint        not null references unit (id),
    deputy_unit_id        bigint        references unit (id),
    pact_status           varchar(10)   not null check (pact_status in ('DRAFT', 'SIGNED')),
    signed_on             date,
    pact_document_number  varchar(60),
    pact_attachment_id    bigint        references attachment (id),
    excellent_from        numeric(7, 2) not null,
    good_from             numeric(7, 2) not null,
    fair_from             numeric(7, 2) not null,
    version               bigint        not null default 0,
    unique (cluster_id, year),
    check (excellent_from >= good_from and good_from >= fair_from and fair_from >= 0),
    check ((pact_status = 'SIGNED') = (signed_on is not null))
);

create index cluster_year_leader_idx on cluster_year (leader_unit_id, year);

create table cluster_member (
    cluster_year_id  bigint not null references cluster_year (id),
    unit_id          bigint not null references unit (id),
    primary key (cluster_year_id, unit_id)
);

create index cluster_member_unit_idx on cluster_member (unit_id);

create table criterion (
    id               bigint         generated always as identity primary key,
    cluster_year_id  bigint         not null references cluster_year (id),
    sort_order       integer        not null,
    group_name       varchar(300)   not null,
    name             varchar(500)   not null,
    kind             varchar(10)    not null check (kind in ('SCORED', 'BONUS', 'PENALTY')),
    max_points       numeric(7, 2)  not null check (max_points > 0),
    guidance         varchar(2000),
    target_id        bigint         references movement_target (id)
);

create index criterion_year_idx on criterion (cluster_year_id, sort_order);

create table review (
    id               bigint        generated always as identity primary key,
    cluster_year_id  bigint        not null references cluster_year (id),
    period           varchar(10)   not null check (period in ('MID_YEAR', 'YEAR_END')),
    deadline         date          not null,
    status           varchar(12)   not null check (status in ('OPEN', 'FINALISED')),
    finalised_by     varchar(100),
    finalised_at     timestamptz,
    version          bigint        not null default 0,
    unique (cluster_year_id, period)
);

create table self_assessment (
    id             bigint         generated always as identity primary key,
    review_id      bigint         not null references review (id),
    unit_id        bigint         not null references unit (id),
    criterion_id   bigint         not null references criterion (id),
    points         numeric(7, 2)  not null check (points >= 0),
    evidence       varchar(2000),
    returned       boolean        not null default false,
    return_reason  varchar(1000),
    version        bigint         not null default 0,
    unique (review_id, unit_id, criterion_id)
);

create table review_score (
    id            bigint         generated always as identity primary key,
    review_id     bigint         not null references review (id),
    unit_id       bigint         not null references unit (id),
    criterion_id  bigint         not null references criterion (id),
    points        numeric(7, 2)  not null check (points >= 0),
    reason        varchar(1000),
    entered_by    varchar(100)   not null,
    entered_at    timestamptz    not null,
    version       bigint         not null default 0,
    unique (review_id, unit_id, criterion_id)
);

create index review_score_unit_idx on review_score (unit_id, review_id);

create table review_proposal (
    id           bigint        generated always as identity primary key,
    review_id    bigint        not null references review (id),
    unit_id      bigint        not null references unit (id),
    kind         varchar(20)   not null check (kind in ('EMULATION_FLAG', 'CERTIFICATE_OF_MERIT')),
    proposed_by  varchar(100)  not null,
    proposed_at  timestamptz   not null,
    unique (review_id, unit_id, kind)
);
