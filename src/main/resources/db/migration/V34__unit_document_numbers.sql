-- Issue 14: document numbers and real signers.

-- Who signs a unit's documents and the symbol its numbers carry ("UBND" in 01/QĐ-UBND). A unit
-- without a row uses defaults derived from its kind and name, and has no named signer.
create table unit_signing (
    unit_id      bigint        primary key references unit (id),
    symbol       varchar(20)   not null check (symbol ~ '^[A-ZĐ0-9][A-Za-zĐđ0-9.]{0,19}$'),
    head_title   varchar(100),
    head_name    varchar(200),
    deputy_title varchar(100),
    deputy_name  varchar(200),
    version      bigint        not null default 0,
    check ((head_title is null) = (head_name is null)),
    check ((deputy_title is null) = (deputy_name is null))
);

-- The register of numbered outgoing documents (sổ đăng ký văn bản đi): every number a unit gave a
-- document, by year. A series ("QĐ", "TTr", "BB", "BC") counts from 01 each year; a number typed
-- by hand that does not start with digits is kept without a sequence.
create table document_number (
    id          bigint        generated always as identity primary key,
    unit_id     bigint        not null references unit (id),
    kind        varchar(30)   not null check (kind in ('DECISION', 'PROPOSAL_LETTER', 'BOARD_MINUTES',
                                              'UPWARD_LETTER', 'REPORT')),
    series      varchar(10)   not null,
    year        integer       not null check (year between 1945 and 2100),
    sequence    integer       check (sequence > 0),
    number      varchar(60)   not null,
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null default now()
);

create unique index document_number_uk on document_number (unit_id, year, lower(number));
create unique index document_number_sequence_uk on document_number (unit_id, series, year, sequence)
    where sequence is not null;

-- the numbers already given, so that the next suggestion comes after them; a clash between old
-- numbers ("5/QĐ-UBND" and "05/QĐ-UBND" in one year) keeps the first
insert into document_number (unit_id, kind, series, year, sequence, number, recorded_by, recorded_at)
select deciding_unit_id, 'DECISION', 'QĐ', extract(year from decision_date)::integer,
       nullif(substring(decision_number from '^0*([1-9][0-9]{0,8})\s*(?:/|$)'), '')::integer, decision_number, 'V34', created_at
from award_proposal
where decision_number is not null and decision_date is not null and upper_authority is null
order by decision_date, id
on conflict do nothing;

insert into document_number (unit_id, kind, series, year, sequence, number, recorded_by, recorded_at)
select deciding_unit_id, 'UPWARD_LETTER', 'TTr', extract(year from letter_date)::integer,
       nullif(substring(letter_number from '^0*([1-9][0-9]{0,8})\s*(?:/|$)'), '')::integer, letter_number, 'V34', created_at
from award_proposal
where letter_number is not null and letter_date is not null
order by letter_date, id
on conflict do nothing;

-- a decision's number is unique for its deciding unit within its year only: 01/QĐ-UBND recurs
-- every year (the old index, over all years, is stricter, so every existing row satisfies this)
drop index award_proposal_decision_uk;
create unique index award_proposal_decision_uk
    on award_proposal (deciding_unit_id, (extract(year from decision_date)), decision_number)
    where decision_number is not null and upper_authority is null;

drop index award_proposal_letter_uk;
create unique index award_proposal_letter_uk
    on award_proposal (deciding_unit_id, (extract(year from letter_date)), letter_number)
    where letter_number is not null;

-- the title of whoever signed the decision ("Phó Chủ tịch" signing for the chair); null when the
-- head of the authority signed, as before
alter table award_proposal add column decision_signer_title varchar(100);
