-- The facts the eligibility rules read, kept in the app instead of by SQL: yearly ratings entered in a grid,
-- initiatives with their recognising decision, discipline records with their decision, and revocations of
-- awards (Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2). Each is edited with an optimistic version.

alter table performance_rating
    add column version      bigint       not null default 0,
    add column recorded_by  varchar(100),
    add column recorded_at  timestamptz,
    add constraint performance_rating_year_check check (year between 1945 and 2100);

-- the grid reads a unit's people and child collectives for one year
create index performance_rating_year_idx on performance_rating (year, person_id);

alter table initiative
    add column version          bigint        not null default 0,
    add column deciding_body    varchar(300),
    add column decision_number  varchar(60),
    add column decision_date    date,
    add constraint initiative_year_check check (year between 1945 and 2100),
    add constraint initiative_decision_year_check
        check (decision_date is null or extract(year from decision_date)::integer = year);

alter table discipline_record
    add column version          bigint       not null default 0,
    add column decision_number  varchar(60);

alter table award_record
    add column revocation_date   date,
    add column deciding_unit_id  bigint references unit (id),
    add constraint award_record_revocation_date_check check (revocation_date is null or revocation_date >= decision_date);

-- the revocation import finds records by decision number and subject
create index award_record_deciding_unit_idx on award_record (deciding_unit_id) where deciding_unit_id is not null;

-- the import kinds grow with the modules (ratings, initiatives, discipline, revocations here); the app knows
-- which kinds exist, the table only keeps a kind's shape, so that other migrations adding kinds do not collide
alter table import_run drop constraint import_run_kind_check;
alter table import_run add constraint import_run_kind_check check (kind ~ '^[a-z][a-z-]{1,19}$');
