-- Award statistics: which movement an award was given in, at which level (cấp khen), and the
-- collective and household forms the seed articles count ("Giấy khen cho 111 tập thể, 157 cá nhân";
-- "01 tập thể, 09 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ"; hộ gia đình in nông thôn mới).

-- The level of a form that only one authority grants; null when several levels grant it (Giấy khen,
-- Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến, Gia đình văn hóa): then the
-- deciding authority sets the level of each award.
alter table award_type add column level varchar(20)
    check (level in ('STATE', 'GOVERNMENT', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'AGENCY'));

update award_type set level = 'STATE' where code = 'HCLD3';
update award_type set level = 'GOVERNMENT' where code in ('BK_TTG', 'CO_CP', 'CSTD_TQ');
update award_type set level = 'PROVINCE' where code in ('BK_TINH', 'BK_TINH_TT', 'CO_TINH', 'CSTD_TINH', 'TTLDXS');

-- Luật Thi đua, khen thưởng 2022: Bằng khen of the Prime Minister and Giấy khen go to collectives and
-- households too (Điều 73, 74, 75); Gia đình văn hóa is a household title (Điều 31, Nghị định 86/2023/NĐ-CP).
-- Cash for collectives twice the individual's, households 1,5 times (Nghị định 152/2025/NĐ-CP as Nghị định
-- 91/2017/NĐ-CP before it; secondary, not checked against the original text). The household factor is
-- applied by the code, so households carry the individual multiplier.
insert into award_type (code, name, category, subject_type, cash_multiplier, sort_order, level) values
    ('BK_TTG_TT', 'Bằng khen của Thủ tướng Chính phủ (tập thể)', 'COMMENDATION', 'COLLECTIVE', 3.0, 111, 'GOVERNMENT'),
    ('BK_TINH_HO', 'Bằng khen của bộ, ngành, tỉnh (hộ gia đình)', 'COMMENDATION', 'HOUSEHOLD', 1.0, 106, 'PROVINCE'),
    ('GK_TT', 'Giấy khen (tập thể)', 'COMMENDATION', 'COLLECTIVE', 0.6, 91, null),
    ('GK_HO', 'Giấy khen (hộ gia đình)', 'COMMENDATION', 'HOUSEHOLD', 0.3, 92, null),
    ('GDVH', 'Gia đình văn hóa', 'TITLE', 'HOUSEHOLD', null, 85, null);

alter table award_record
    add column movement_id bigint references movement (id),
    add column level varchar(20) check (level in ('STATE', 'GOVERNMENT', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'AGENCY'));

-- The form's level, else the one read from the deciding authority's name: for existing records, and for
-- records written by plain SQL without a level (the application sets it from the deciding unit).
create function award_record_level(type_code varchar, authority varchar) returns varchar language sql stable as $$
    select coalesce((select level from award_type where code = type_code),
        case when authority ~* '(^|\s)(xã|phường|thị trấn|đặc khu)(\s|$)' then 'COMMUNE'
             when authority ~* '(^|\s)(huyện|thị xã|quận)(\s|$)' then 'DISTRICT'
             when authority ~* '(^|\s)(sở|giám đốc|thủ trưởng|công ty|trường)(\s|$)' then 'AGENCY'
             else 'PROVINCE' end)
$$;

update award_record set level = award_record_level(award_type_code, authority || ' ' || issuer_name);

create function award_record_default_level() returns trigger language plpgsql as $$
begin
    new.level := award_record_level(new.award_type_code, new.authority || ' ' || new.issuer_name);
    return new;
end
$$;

create trigger award_record_level_trg before insert on award_record
    for each row when (new.level is null) execute function award_record_default_level();

alter table award_record alter column level set not null;

-- proposals already name their movement (V11); decisions carry it into the registry
create index award_proposal_movement_idx on award_proposal (movement_id) where movement_id is not null;

-- Statistics count valid awards by decision date: across a province by date (index-only over the
-- period), within a district by its units, per movement; the registry drill-down pages them.
create index award_record_stats_date_idx on award_record (decision_date)
    include (unit_id, award_type_code, kind, level, movement_id) where not revoked;
create index award_record_stats_unit_idx on award_record (unit_id, decision_date)
    include (award_type_code, kind, level, movement_id) where not revoked;
create index award_record_movement_idx on award_record (movement_id, decision_date) where movement_id is not null;
