-- How the reward board votes on each award type: the share of members that must attend, the
-- share of votes that must agree (strictly more than, or at least), counted over all members or
-- over those present; and whether the nominations are published for comment first.
alter table award_type
    add column vote_attendance       numeric(5, 4) not null default 0.6666,
    add column vote_approval         numeric(5, 4) not null default 0.5,
    add column vote_approval_strict  boolean       not null default true,
    add column vote_denominator      varchar(10)   not null default 'ALL' check (vote_denominator in ('ALL', 'PRESENT')),
    add column public_notice         boolean       not null default false;

update award_type set vote_approval = 0.9, vote_approval_strict = false where code in ('CSTD_TINH', 'CSTD_TQ');
update award_type set public_notice = true where code in ('CSTD_TQ', 'HCLD3');

-- Cash to recover when an award is revoked.
alter table award_record add column revocation_cash numeric(14, 0) check (revocation_cash >= 0);

-- Quotas per scope and year: at most max_count lines of a type, or at most ratio × the lines of
-- a basis type (at least min_count), across a unit's proposals of the year.
create table award_quota (
    id                bigint         generated always as identity primary key,
    award_type_code   varchar(20)    not null references award_type (code),
    basis_type_code   varchar(20)    references award_type (code),
    ratio             numeric(5, 4)  check (ratio > 0 and ratio <= 1),
    max_count         integer        check (max_count >= 0),
    min_count         integer        not null default 0 check (min_count >= 0),
    scope_unit_id     bigint         references unit (id),
    legal_source      varchar(300)   not null,
    effective_from    date           not null,
    effective_to      date,
    check ((basis_type_code is null) = (ratio is null)),
    check (ratio is not null or max_count is not null)
);

insert into award_quota (award_type_code, basis_type_code, ratio, min_count, legal_source, effective_from) values
    ('CSTDCS', 'LDTT', 0.15, 0, 'Nghị định 91/2017/NĐ-CP, Điều 6 (định mức cũ, cấu hình được)', date '2024-01-01'),
    ('TTLDXS', 'TTLDTT', 0.20, 1, 'Nghị định 91/2017/NĐ-CP, Điều 10 (định mức cũ, cấu hình được)', date '2024-01-01');

create table award_proposal (
    id                   bigint         generated always as identity primary key,
    proposing_unit_id    bigint         not null references unit (id),
    deciding_unit_id     bigint         not null references unit (id),
    year                 integer        not null check (year between 1945 and 2100),
    kind                 varchar(20)    not null check (kind in ('MERIT', 'SUDDEN', 'MOVEMENT', 'DEDICATION', 'SENIORITY', 'FOREIGN')),
    title                varchar(300)   not null,
    movement_id          bigint         references movement (id),
    review_id            bigint         references review (id),
    status               varchar(20)    not null check (status in ('DRAFT', 'SUBMITTED', 'IN_APPRAISAL', 'RETURNED',
                                            'PUBLISHED', 'VOTING', 'VOTED', 'DECIDED', 'ISSUED', 'AWARDED')),
    council_members      integer        check (council_members > 0),
    council_present      integer        check (council_present >= 0),
    council_agree        integer        check (council_agree >= 0),
    received_on          date,
    submitted_by         varchar(100),
    published_from       date,
    published_until      date,
    decided_by           varchar(100),
    decision_number      varchar(60),
    decision_date        date,
    decision_signer      varchar(200),
    decision_authority   varchar(300),
    signed_attachment_id bigint         references attachment (id),
    created_by           varchar(100)   not null,
    created_at           timestamptz    not null,
    version              bigint         not null default 0,
    check (council_present is null or council_present <= council_members),
    check (council_agree is null or council_agree <= council_present)
);

create index award_proposal_unit_year_idx on award_proposal (proposing_unit_id, year desc, id desc);
create index award_proposal_deciding_idx on award_proposal (deciding_unit_id, status, id desc);
create index award_proposal_status_idx on award_proposal (status, id desc);
create unique index award_proposal_decision_uk on award_proposal (deciding_unit_id, decision_number)
    where decision_number is not null;

create table proposal_line (
    id               bigint          generated always as identity primary key,
    proposal_id      bigint          not null references award_proposal (id),
    person_id        bigint          references person (id),
    unit_id          bigint          not null references unit (id),
    subject_name     varchar(300)    not null,
    subject_detail   varchar(300),
    award_type_code  varchar(20)     not null references award_type (code),
    achievement      varchar(4000)   not null,
    outcome          varchar(10)     not null check (outcome in ('PASSED', 'WARNING', 'BLOCKED')),
    warning_reason   varchar(1000),
    office_comment   varchar(1000),
    returned         boolean         not null default false,
    vote_agree       integer,
    vote_disagree    integer,
    vote_abstain     integer,
    vote_excluded    integer,
    vote_passed      boolean,
    decision         varchar(10)     check (decision in ('APPROVED', 'REJECTED', 'DEFERRED')),
    cash_amount      numeric(14, 0),
    award_record_id  bigint          unique references award_record (id),
    version          bigint          not null default 0,
    check (not returned or office_comment is not null)
);

create index proposal_line_proposal_idx on proposal_line (proposal_id, id);
create unique index proposal_line_person_uk on proposal_line (proposal_id, person_id, award_type_code)
    where person_id is not null;
create unique index proposal_line_unit_uk on proposal_line (proposal_id, unit_id, award_type_code)
    where person_id is null;
create index proposal_line_person_idx on proposal_line (person_id, award_type_code) where person_id is not null;

create table proposal_document (
    id             bigint        generated always as identity primary key,
    proposal_id    bigint        not null references award_proposal (id),
    line_id        bigint        references proposal_line (id),
    kind           varchar(20)   not null check (kind in ('COVER_LETTER', 'ACHIEVEMENT_REPORT', 'COUNCIL_MINUTES', 'EVIDENCE')),
    attachment_id  bigint        not null references attachment (id)
);

create index proposal_document_proposal_idx on proposal_document (proposal_id, id);

-- The proposal's timeline, shown to the proposing unit: every state it reached, who moved it, when, why.
create table proposal_event (
    id           bigint         generated always as identity primary key,
    proposal_id  bigint         not null references award_proposal (id),
    status       varchar(20)    not null,
    actor        varchar(100)   not null,
    at           timestamptz    not null,
    comment      varchar(2000)
);

create index proposal_event_proposal_idx on proposal_event (proposal_id, id);

create table proposal_objection (
    id            bigint         generated always as identity primary key,
    proposal_id   bigint         not null references award_proposal (id),
    line_id       bigint         references proposal_line (id),
    received_on   date           not null,
    sender        varchar(200)   not null,
    content       varchar(4000)  not null,
    recorded_by   varchar(100)   not null
);

create index proposal_objection_proposal_idx on proposal_objection (proposal_id, id);

-- A board session: who attended, who has cast a ballot (never how), and per line only the counts.
create table board_session (
    id             bigint         generated always as identity primary key,
    proposal_id    bigint         not null references award_proposal (id),
    held_on        date           not null,
    members_total  integer        not null check (members_total > 0),
    opened_by      varchar(100)   not null,
    closed_at      timestamptz,
    closed_by      varchar(100),
    version        bigint         not null default 0
);

create unique index board_session_open_uk on board_session (proposal_id) where closed_at is null;
create index board_session_proposal_idx on board_session (proposal_id, id);

create table board_attendance (
    id          bigint        generated always as identity primary key,
    session_id  bigint        not null references board_session (id),
    account_id  bigint        not null references account (id),
    username    varchar(100)  not null,
    full_name   varchar(200)  not null,
    unit_id     bigint        not null references unit (id),
    voted_at    timestamptz,
    version     bigint        not null default 0,
    unique (session_id, account_id)
);

create table board_tally (
    session_id  bigint   not null references board_session (id),
    line_id     bigint   not null references proposal_line (id),
    agree       integer  not null default 0,
    disagree    integer  not null default 0,
    abstain     integer  not null default 0,
    excluded    integer  not null default 0,
    primary key (session_id, line_id)
);
