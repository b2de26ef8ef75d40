-- Issue 18: statistics over ten million awards. The valid (not revoked) awards counted ahead, per unit, per
-- decision year ('Y') and per decision month ('M'), form, level, kind and movement (0 = none), kept by
-- statement triggers on award_record: every insert, update (revocation, a corrected date, form or unit, a
-- bulk move of records between units) and delete adds or takes away its rows' counts in the same
-- transaction. The statistics page, the statutory report, the narrative and the statistical forms read whole
-- years and months from here and only the odd days at a period's edges from award_record; the drill-down
-- lists still read award_record itself. Units are joined when read, so a reorganisation (paths, today's
-- successors) needs nothing here.
create table award_count (
    grain            char(1)      not null check (grain in ('Y', 'M')),
    period_start     date         not null,
    unit_id          bigint       not null,
    award_type_code  varchar(20)  not null,
    level            varchar(20)  not null,
    kind             varchar(20)  not null,
    movement_id      bigint       not null default 0,
    n                bigint       not null,
    primary key (grain, period_start, unit_id, award_type_code, level, kind, movement_id)
);

-- The changed rows of one statement, summed per key and applied in key order (so two statements touching
-- the same keys lock them in the same order); an update that changes nothing counted changes no count.
create function award_count_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into award_count as c (grain, period_start, unit_id, award_type_code, level, kind, movement_id, n)
        select g.grain, date_trunc(g.part, x.decision_date::timestamp)::date, x.unit_id, x.award_type_code,
               x.level, x.kind, coalesce(x.movement_id, 0), count(*)
        from new_rows x cross join (values ('Y', 'year'), ('M', 'month')) g(grain, part)
        where not x.revoked
        group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7
        on conflict (grain, period_start, unit_id, award_type_code, level, kind, movement_id)
        do update set n = c.n + excluded.n;
    elsif tg_op = 'DELETE' then
        insert into award_count as c (grain, period_start, unit_id, award_type_code, level, kind, movement_id, n)
        select g.grain, date_trunc(g.part, x.decision_date::timestamp)::date, x.unit_id, x.award_type_code,
               x.level, x.kind, coalesce(x.movement_id, 0), -count(*)
        from old_rows x cross join (values ('Y', 'year'), ('M', 'month')) g(grain, part)
        where not x.revoked
        group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7
        on conflict (grain, period_start, unit_id, award_type_code, level, kind, movement_id)
        do update set n = c.n + excluded.n;
    else
        insert into award_count as c (grain, period_start, unit_id, award_type_code, level, kind, movement_id, n)
        select g.grain, date_trunc(g.part, x.decision_date::timestamp)::date, x.unit_id, x.award_type_code,
               x.level, x.kind, coalesce(x.movement_id, 0), sum(x.d)
        from (select o.decision_date, o.unit_id, o.award_type_code, o.level, o.kind, o.movement_id, -1 as d
              from old_rows o where not o.revoked
              union all
              select w.decision_date, w.unit_id, w.award_type_code, w.level, w.kind, w.movement_id, 1
              from new_rows w where not w.revoked) x
        cross join (values ('Y', 'year'), ('M', 'month')) g(grain, part)
        group by 1, 2, 3, 4, 5, 6, 7 having sum(x.d) <> 0 order by 1, 2, 3, 4, 5, 6, 7
        on conflict (grain, period_start, unit_id, award_type_code, level, kind, movement_id)
        do update set n = c.n + excluded.n;
    end if;
    return null;
end
$$;

create function award_count_clear() returns trigger language plpgsql as $$
begin
    delete from award_count;
    return null;
end
$$;

create trigger award_count_insert_trg after insert on award_record
    referencing new table as new_rows for each statement execute function award_count_apply();
create trigger award_count_update_trg after update on award_record
    referencing old table as old_rows new table as new_rows for each statement execute function award_count_apply();
create trigger award_count_delete_trg after delete on award_record
    referencing old table as old_rows for each statement execute function award_count_apply();
create trigger award_count_truncate_trg after truncate on award_record
    for each statement execute function award_count_clear();

-- the awards already recorded
insert into award_count (grain, period_start, unit_id, award_type_code, level, kind, movement_id, n)
select 'Y', date_trunc('year', decision_date::timestamp)::date, unit_id, award_type_code, level, kind,
       coalesce(movement_id, 0), count(*)
from award_record where not revoked group by 2, 3, 4, 5, 6, 7;
insert into award_count (grain, period_start, unit_id, award_type_code, level, kind, movement_id, n)
select 'M', date_trunc('month', decision_date::timestamp)::date, unit_id, award_type_code, level, kind,
       coalesce(movement_id, 0), count(*)
from award_record where not revoked group by 2, 3, 4, 5, 6, 7;
analyze award_count;
