-- One chunk of award records g in [:lo, :hi], mirroring the project's benchmark generators
-- (RegistryLookupBenchmark / StatisticsBenchmark / ProposalCheckBenchmark): plain SQL inserts into the live
-- table, level left null so the award_record_level trigger sets it, every index maintained.
-- Individual forms go to one of the generated people (≈5 each), collective ones to a unit, household ones to a
-- person's household; twenty years 2006–2025; search_text = fold(subject || ' ' || decision number) as AwardRecord.
insert into award_record (person_id, unit_id, award_type_code, kind, year, decision_number, decision_date, signer,
                          authority, subject_name, issuer_name, search_text, revoked, revocation_decision,
                          revocation_reason, movement_id)
select case when t.subject_type = 'INDIVIDUAL' then x.pid end,
       case when t.subject_type = 'COLLECTIVE' then cu.id else pu.id end,
       t.code, x.kind, x.year, x.num, 
       case when t.category = 'TITLE' then make_date(x.year + 1, 1 + (x.g / 20) % 3, 1 + (x.g / 60) % 28)
            else make_date(x.year, 1 + (x.g / 20) % 12, 1 + (x.g / 240) % 28) end,
       case t.level when 'GOVERNMENT' then 'Thủ tướng Chính phủ' when 'STATE' then 'Chủ tịch nước'
            when 'PROVINCE' then 'Chủ tịch UBND tỉnh' else 'Chủ tịch UBND' end,
       x.auth, 
       case t.subject_type when 'INDIVIDUAL' then x.pname
            when 'HOUSEHOLD' then 'Hộ gia đình ' || x.pname
            else n.col[1 + x.g % 5] || ' ' || cu.name end,
       x.auth,
       case t.subject_type when 'INDIVIDUAL' then x.fpname
            when 'HOUSEHOLD' then 'ho gia dinh ' || x.fpname
            else n.fcol[1 + x.g % 5] || ' ' || cu.fname end || ' ' || lower(replace(x.num, 'Đ', 'D')),
       x.g % 997 = 0, case when x.g % 997 = 0 then 'TH-' || x.g || '/QĐ-UBND' end,
       case when x.g % 997 = 0 then 'Thu hồi do hồ sơ đề nghị không đúng sự thật' end,
       case when x.kind = 'MOVEMENT' then (array[1, 3])[1 + x.g % 2] end
from (
  select g, p, n.pbase + p as pid,
         case when (g / 20) % 500 = 3 then (array['CSTD_TQ','CO_CP','BK_TTG_TT','HCLD3'])[1 + (g / 10000) % 4]
              else n.types[1 + (g / 20) % 40] end as code,
         (array['MERIT','MERIT','MERIT','MERIT','MOVEMENT','SUDDEN'])[1 + (g / 3) % 6] as kind,
         2006 + g % 20 as year,
         n.fam[1 + p % 19] || ' ' || n.mid[1 + (p / 19) % 11] || ' ' || n.giv[1 + (p / 209) % 40] as pname,
         n.ffam[1 + p % 19] || ' ' || n.fmid[1 + (p / 19) % 11] || ' ' || n.fgiv[1 + (p / 209) % 40] as fpname
  -- the person by a multiplicative hash of g (a bijection mod the prime 4294967291), so that a person's awards
  -- fall in any year; the year is g % 20, the form (g / 20) % 40: independent of each other
  from (select g, 1 + (g::bigint * 2654435761 % 4294967291 % :people)::int as p from generate_series(:lo, :hi) g) s
  cross join gen.names n
) x0
cross join gen.names n
join gen.t t on t.code = x0.code
join gen.u pu on pu.idx = 1 + x0.p % :nunits
join gen.u cu on cu.idx = 1 + x0.g % :nunits
cross join lateral (
  select x0.g, x0.pid, x0.kind, x0.year, x0.pname, x0.fpname,
         case t.level when 'GOVERNMENT' then 'Thủ tướng Chính phủ' when 'STATE' then 'Chủ tịch nước'
              when 'PROVINCE' then 'UBND tỉnh Vĩnh Long'
              else case when t.subject_type = 'COLLECTIVE' then cu.authority else pu.authority end end as auth,
         (1 + (x0.g / 20) % 3000) || case t.level when 'GOVERNMENT' then '/QĐ-TTg' when 'STATE' then '/QĐ-CTN'
                                       else '/QĐ-UBND' end as num
) x;
