-- Issue 18: the quotas on the proposal page count a unit's awards by their award year (award_record.year),
-- not by decision date, over the whole subtree: at millions of records that count took most of a second.
-- award_count (V35) now keeps a third grain, 'A', per award year (period_start = 1 January of that year),
-- kept by the same statement triggers in the same transaction.
alter table award_count drop constraint award_count_grain_check;
alter table award_count add constraint award_count_grain_check check (grain in ('Y', 'M', 'A'));

create or replace function award_count_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into award_count as c (grain, period_start, unit_id, award_type_code, level, kind, movement_id, n)
        select g.grain, g.period_start, x.unit_id, x.award_type_code, x.level, x.kind, coalesce(x.movement_id, 0),
               count(*)
        from new_rows x
        cross join lateral (values ('Y', date_trunc('year', x.decision_date::timestamp)::date),
                                   ('M', date_trunc('month', x.decision_date::timestamp)::date),
                                   ('A', make_date(x.year, 1, 1))) g(grain, period_start)
        where not x.revoked
        group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7
        on conflict (grain, period_start, unit_id, award_type_code, level, kind, movement_id)
        do update set n = c.n + excluded.n;
    elsif tg_op = 'DELETE' then
        insert into award_count as c (grain, period_start, unit_id, award_type_code, level, kind, movement_id, n)
        select g.grain, g.period_start, x.unit_id, x.award_type_code, x.level, x.kind, coalesce(x.movement_id, 0),
               -count(*)
        from old_rows x
        cross join lateral (values ('Y', date_trunc('year', x.decision_date::timestamp)::date),
                                   ('M', date_trunc('month', x.decision_date::timestamp)::date),
                                   ('A', make_date(x.year, 1, 1))) g(grain, period_start)
        where not x.revoked
        group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7
        on conflict (grain, period_start, unit_id, award_type_code, level, kind, movement_id)
        do update set n = c.n + excluded.n;
    else
        insert into award_count as c (grain, period_start, unit_id, award_type_code, level, kind, movement_id, n)
        select g.grain, g.period_start, x.unit_id, x.award_type_code, x.level, x.kind, coalesce(x.movement_id, 0),
               sum(x.d)
        from (select o.decision_date, o.year, o.unit_id, o.award_type_code, o.level, o.kind, o.movement_id, -1 as d
              from old_rows o where not o.revoked
              union all
              select w.decision_date, w.year, w.unit_id, w.award_type_code, w.level, w.kind, w.movement_id, 1
              from new_rows w where not w.revoked) x
        cross join lateral (values ('Y', date_trunc('year', x.decision_date::timestamp)::date),
                                   ('M', date_trunc('month', x.decision_date::timestamp)::date),
                                   ('A', make_date(x.year, 1, 1))) g(grain, period_start)
        group by 1, 2, 3, 4, 5, 6, 7 having sum(x.d) <> 0 order by 1, 2, 3, 4, 5, 6, 7
        on conflict (grain, period_start, unit_id, award_type_code, level, kind, movement_id)
        do update set n = c.n + excluded.n;
    end if;
    return null;
end
$$;

insert into award_count (grain, period_start, unit_id, award_type_code, level, kind, movement_id, n)
select 'A', make_date(year, 1, 1), unit_id, award_type_code, level, kind, coalesce(movement_id, 0), count(*)
from award_record where not revoked group by 2, 3, 4, 5, 6, 7;
analyze award_count;
