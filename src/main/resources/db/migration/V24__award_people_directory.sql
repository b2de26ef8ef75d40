-- The people directory: names folded once in the database (so every writer, SQL or
-- entity, stores the same keys), the personal identification number, placements in
-- units over time, transfers between provinces, and merges of duplicate records that an
-- administrator can undo.

-- Search text: no diacritics, lower case, single spaces; the same as Diacritics.fold.
create function person_search_fold(name text) returns text
    language sql immutable strict parallel safe as $$
    select btrim(regexp_replace(lower(regexp_replace(
               normalize(replace(replace(name, 'đ', 'd'), 'Đ', 'D'), NFD),
               '[\u0300-\u036f]', '', 'g') collate "vi-x-icu"), '\s+', ' ', 'g'))
$$;

-- Name key: composed, lower case, single spaces, the old tone placement ("hòa", "thủy",
-- "khỏe") moved to the new one ("hoà", "thuỷ", "khoẻ"); the same as NameKey.of.
create function person_name_key(name text) returns text
    language sql immutable strict parallel safe as $$
    select normalize(regexp_replace(regexp_replace(
               normalize(btrim(regexp_replace(lower(normalize(name, NFC) collate "vi-x-icu"), '\s+', ' ', 'g')), NFD),
               'o([\u0300\u0301\u0303\u0309\u0323])([ae])(?![\u0300-\u036f])', 'o\2\1', 'g'),
               'u([\u0300\u0301\u0303\u0309\u0323])y(?![\u0300-\u036f])', 'uy\1', 'g'), NFC)
$$;

alter table person
    add column personal_id    varchar(12) check (personal_id ~ '^[0-9]{12}$'),
    add column name_key       varchar(250),
    add column merged_into_id bigint references person (id);

update person set full_name = normalize(full_name, NFC);
update person set search_text = person_search_fold(full_name), name_key = person_name_key(full_name);
alter table person alter column name_key set not null;

create function person_fold_names() returns trigger language plpgsql as $$
begin
    new.full_name := normalize(new.full_name, NFC);
    new.search_text := person_search_fold(new.full_name);
    new.name_key := person_name_key(new.full_name);
    return new;
end
$$;

create trigger person_fold_names before insert or update of full_name on person
    for each row execute function person_fold_names();

create unique index person_personal_id_uk on person (personal_id);
create index person_name_key_idx on person (name_key, birth_date);
create index person_directory_idx on person (full_name, id) where merged_into_id is null;
create index person_birth_idx on person (birth_date);
create index person_position_trgm_idx on person using gin (lower(position) gin_trgm_ops);

-- Where a person worked and when; the open placement is the person's current unit. A
-- start unknown (people registered before placements were kept) is null.
create table person_placement (
    id          bigint       generated always as identity primary key,
    person_id   bigint       not null references person (id),
    unit_id     bigint       not null references unit (id),
    started_on  date,
    ended_on    date,
    check (ended_on is null or started_on is null or ended_on >= started_on)
);

create index person_placement_person_idx on person_placement (person_id, started_on);
create unique index person_placement_open_uk on person_placement (person_id) where ended_on is null;

insert into person_placement (person_id, unit_id) select id, unit_id from person;

-- A person's unit changed by something other than a transfer (a reorganisation moving
-- its people): the open placement ends today and the new one starts. A transfer writes
-- its placements first, so the trigger finds the new one open and does nothing.
create function person_follow_placement() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into person_placement (person_id, unit_id) values (new.id, new.unit_id);
    elsif new.unit_id <> old.unit_id and not exists (
            select 1 from person_placement where person_id = new.id and unit_id = new.unit_id and ended_on is null) then
        update person_placement set ended_on = greatest(current_date, coalesce(started_on, current_date))
            where person_id = new.id and ended_on is null;
        insert into person_placement (person_id, unit_id, started_on) values (new.id, new.unit_id, current_date);
    end if;
    return null;
end
$$;

create trigger person_follow_placement after insert or update of unit_id on person
    for each row execute function person_follow_placement();

-- A transfer to another province: the sending office proposes, the receiving office
-- accepts or refuses.
create table person_transfer (
    id            bigint        generated always as identity primary key,
    person_id     bigint        not null references person (id),
    from_unit_id  bigint        not null references unit (id),
    to_unit_id    bigint        not null references unit (id),
    effective_on  date          not null,
    status        varchar(20)   not null check (status in ('PENDING', 'ACCEPTED', 'REFUSED', 'CANCELLED')),
    proposed_by   varchar(100)  not null,
    proposed_at   timestamptz   not null,
    decided_by    varchar(100),
    decided_at    timestamptz,
    version       bigint        not null default 0
);

create index person_transfer_to_idx on person_transfer (to_unit_id) where status = 'PENDING';
create unique index person_transfer_pending_uk on person_transfer (person_id) where status = 'PENDING';

-- Two records of one person merged into one: which rows moved, so that an administrator
-- can undo it exactly.
create table person_merge (
    id                  bigint        generated always as identity primary key,
    kept_id             bigint        not null references person (id),
    merged_id           bigint        not null references person (id),
    moved_personal_id   varchar(12),
    merged_by           varchar(100)  not null,
    merged_at           timestamptz   not null,
    undone_by           varchar(100),
    undone_at           timestamptz,
    version             bigint        not null default 0
);

create index person_merge_kept_idx on person_merge (kept_id);
create index person_merge_merged_idx on person_merge (merged_id);

create table person_merge_row (
    merge_id    bigint       not null references person_merge (id),
    table_name  varchar(40)  not null,
    row_id      bigint       not null,
    primary key (merge_id, table_name, row_id)
);

-- The API creates people too; a repeated create names the person the first one made.
alter table api_idempotency_key add column person_id bigint references person (id);
