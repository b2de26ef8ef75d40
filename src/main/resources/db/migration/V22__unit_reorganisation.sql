-- Reorganisations (sắp xếp đơn vị hành chính) as dated events. A predecessor is never rewritten: it
-- keeps its name, parent and path, and ends the day before the effective date; successors start on it.

-- the official administrative unit code (mã đơn vị hành chính, QĐ 19/2025/QĐ-TTg), where one exists
alter table unit add column official_code varchar(10) check (official_code ~ '^[0-9]{2,5}$');

-- The active unit that carries a unit's work today: itself while active, else its heir's, followed
-- through every later reorganisation. Reports "by today's units" roll history up along it.
alter table unit add column current_id bigint references unit (id);

with recursive chain (id, current_id, active) as (
    select id, id, active from unit
    union all
    select c.id, u.successor_id, s.active
    from chain c join unit u on u.id = c.current_id join unit s on s.id = u.successor_id
    where not c.active
)
update unit set current_id = coalesce(
    (select c.current_id from chain c where c.id = unit.id and c.active limit 1), unit.id);

create function unit_default_current() returns trigger language plpgsql as $$
begin
    new.current_id := coalesce(new.current_id, new.id);
    return new;
end
$$;

create trigger unit_current_trg before insert on unit for each row execute function unit_default_current();

alter table unit alter column current_id set not null;
create index unit_current_idx on unit (current_id);

-- Subtrees a unit inherited: its officers read the history of its predecessors' subtrees as well
-- as their own. Written when a reorganisation is applied.
create table unit_heritage (
    heir_id  bigint        not null references unit (id),
    path     varchar(2000) not null,
    primary key (heir_id, path)
);

-- The one way to say "this unit lies within the scope of that one": its subtree or an inherited one.
create function unit_within(unit_path varchar, root_id bigint) returns boolean language sql stable as $$
    select unit_path like (select path from unit where id = root_id) || '%'
        or exists (select 1 from unit_heritage h where h.heir_id = root_id and unit_path like h.path || '%')
$$;

create sequence reorganisation_seq;

create table reorganisation (
    id               bigint        primary key default nextval('reorganisation_seq'),
    scope_unit_id    bigint        not null references unit (id),
    title            varchar(300)  not null,
    document_number  varchar(60)   not null,
    document_date    date          not null,
    issuer           varchar(300)  not null,
    attachment_id    bigint        references attachment (id),
    effective_on     date          not null,
    status           varchar(10)   not null check (status in ('DRAFT', 'APPLIED')),
    created_by       varchar(100)  not null,
    created_at       timestamptz   not null,
    applied_by       varchar(100),
    applied_at       timestamptz,
    effects          varchar(4000),
    version          bigint        not null default 0,
    check (effective_on >= date '1945-09-02' and document_date >= date '1945-09-02'),
    check ((status = 'APPLIED') = (applied_at is not null))
);

create index reorganisation_scope_idx on reorganisation (scope_unit_id, id desc);

create table reorganisation_operation (
    id                 bigint        generated always as identity primary key,
    reorganisation_id  bigint        not null references reorganisation (id) on delete cascade,
    position           integer       not null check (position > 0),
    kind               varchar(10)   not null check (kind in ('MERGE', 'SPLIT', 'DISSOLVE', 'RENAME', 'MOVE')),
    source_codes       varchar(2000) not null,
    target_code        varchar(40)   not null,
    target_name        varchar(255),
    target_kind        varchar(20)   check (target_kind in ('PROVINCE', 'DISTRICT', 'COMMUNE', 'DEPARTMENT', 'OTHER')),
    parent_code        varchar(40),
    official_code      varchar(10),
    disable_accounts   boolean       not null default false,
    unique (reorganisation_id, position)
);

-- Which unit succeeded which, in which reorganisation; the heir takes over the predecessor's work.
create table unit_succession (
    predecessor_id     bigint   not null references unit (id),
    successor_id       bigint   not null references unit (id),
    reorganisation_id  bigint   not null references reorganisation (id),
    heir               boolean  not null,
    primary key (predecessor_id, successor_id),
    check (predecessor_id <> successor_id)
);

create index unit_succession_successor_idx on unit_succession (successor_id);

-- A correction (a unit created under the wrong parent) rewrites the tree and says so.
create table unit_correction (
    id             bigint        generated always as identity primary key,
    unit_id        bigint        not null references unit (id),
    old_parent_id  bigint        not null references unit (id),
    new_parent_id  bigint        not null references unit (id),
    reason         varchar(1000) not null,
    corrected_by   varchar(100)  not null,
    corrected_at   timestamptz   not null
);

create index unit_correction_unit_idx on unit_correction (unit_id, id desc);
