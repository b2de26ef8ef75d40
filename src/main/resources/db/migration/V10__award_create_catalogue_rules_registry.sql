-- The catalogue: titles and commendations, with their cash multiplier (× lương cơ sở).
create table award_type (
    code             varchar(20)   primary key,
    name             varchar(300)  not null,
    category         varchar(20)   not null check (category in ('TITLE', 'COMMENDATION')),
    subject_type     varchar(20)   not null check (subject_type in ('INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD', 'VILLAGE')),
    cash_multiplier  numeric(5, 2),
    sort_order       integer       not null
);

insert into award_type (code, name, category, subject_type, cash_multiplier, sort_order) values
    ('LDTT', 'Lao động tiên tiến', 'TITLE', 'INDIVIDUAL', 0.3, 10),
    ('CSTDCS', 'Chiến sĩ thi đua cơ sở', 'TITLE', 'INDIVIDUAL', 1.0, 20),
    ('CSTD_TINH', 'Chiến sĩ thi đua cấp bộ, ngành, tỉnh', 'TITLE', 'INDIVIDUAL', 3.0, 30),
    ('CSTD_TQ', 'Chiến sĩ thi đua toàn quốc', 'TITLE', 'INDIVIDUAL', 4.5, 40),
    ('TTLDTT', 'Tập thể lao động tiên tiến', 'TITLE', 'COLLECTIVE', 0.8, 50),
    ('TTLDXS', 'Tập thể lao động xuất sắc', 'TITLE', 'COLLECTIVE', 1.5, 60),
    ('CO_TINH', 'Cờ thi đua của bộ, ngành, tỉnh', 'TITLE', 'COLLECTIVE', null, 70),
    ('CO_CP', 'Cờ thi đua của Chính phủ', 'TITLE', 'COLLECTIVE', null, 80),
    ('GK', 'Giấy khen', 'COMMENDATION', 'INDIVIDUAL', 0.3, 90),
    ('BK_TINH', 'Bằng khen của bộ, ngành, tỉnh', 'COMMENDATION', 'INDIVIDUAL', null, 100),
    ('BK_TTG', 'Bằng khen của Thủ tướng Chính phủ', 'COMMENDATION', 'INDIVIDUAL', null, 110),
    ('HCLD3', 'Huân chương Lao động hạng Ba', 'COMMENDATION', 'INDIVIDUAL', null, 120);

-- Eligibility rules as data: what is checked (check_kind + parameters), its legal source, where and
-- when it applies, and whether a failure blocks or warns. A proposal is judged by the rules in force
-- on its receipt date; a scope's rule can override a national one.
create table eligibility_rule (
    id                 bigint         generated always as identity primary key,
    code               varchar(40)    not null,
    award_type_code    varchar(20)    references award_type (code),
    check_kind         varchar(40)    not null,
    parameters         jsonb          not null default '{}',
    legal_source       varchar(300)   not null,
    description        varchar(1000)  not null,
    scope_unit_id      bigint         references unit (id),
    effective_from     date           not null,
    effective_to       date,
    severity           varchar(10)    not null check (severity in ('BLOCKING', 'WARNING')),
    overrides_rule_id  bigint         references eligibility_rule (id),
    version            bigint         not null default 0,
    check (effective_to is null or effective_to >= effective_from)
);

create index eligibility_rule_type_idx on eligibility_rule (award_type_code, effective_from);

insert into eligibility_rule (code, award_type_code, check_kind, parameters, legal_source, description, effective_from, severity) values
    ('NOT_COUNTING_KINDS', null, 'LADDER_EXCLUDES_KINDS', '{"kinds": ["SUDDEN", "MOVEMENT"]}',
     'Nghị định 98/2023/NĐ-CP, Điều 4; Nghị định 152/2025/NĐ-CP, Điều 4',
     'Khen thưởng đột xuất, theo phong trào, chuyên đề không tính làm điều kiện khen thưởng bậc cao hơn.', date '2024-01-01', 'BLOCKING'),
    ('NO_PENDING_DISCIPLINE', null, 'NO_PENDING_DISCIPLINE', '{}',
     'Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP',
     'Không đề nghị khen thưởng khi đang bị kỷ luật, điều tra, thanh tra, kiểm tra hoặc có đơn thư khiếu nại chưa giải quyết.', date '2024-01-01', 'BLOCKING'),
    ('ONE_FORM_PER_YEAR', null, 'NOT_ALREADY_AWARDED_IN_YEAR', '{}',
     'Luật Thi đua, khen thưởng 2022, Điều 5',
     'Một thành tích chỉ khen một hình thức; không tặng một danh hiệu hai lần trong cùng một năm.', date '2024-01-01', 'BLOCKING'),
    ('LDTT_RATING', 'LDTT', 'RATING_IN_YEAR', '{"minRating": "GOOD"}',
     'Luật Thi đua, khen thưởng 2022, Điều 24',
     'Được xếp loại hoàn thành tốt nhiệm vụ trở lên trong năm.', date '2024-01-01', 'BLOCKING'),
    ('CSTDCS_RATING', 'CSTDCS', 'RATING_IN_YEAR', '{"minRating": "GOOD"}',
     'Luật Thi đua, khen thưởng 2022, Điều 23',
     'Đạt danh hiệu Lao động tiên tiến (hoàn thành tốt nhiệm vụ trở lên) trong năm.', date '2024-01-01', 'BLOCKING'),
    ('CSTDCS_INITIATIVE', 'CSTDCS', 'INITIATIVE_IN_YEARS', '{"minInfluence": "UNIT", "years": 1, "count": 1}',
     'Luật Thi đua, khen thưởng 2022, Điều 23',
     'Có sáng kiến hoặc đề tài được công nhận trong năm.', date '2024-01-01', 'BLOCKING'),
    ('CSTD_TINH_LADDER', 'CSTD_TINH', 'CONSECUTIVE_AWARDS', '{"awardType": "CSTDCS", "count": 3, "endOffset": 0}',
     'Luật Thi đua, khen thưởng 2022, Điều 22',
     'Có 3 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở.', date '2024-01-01', 'BLOCKING'),
    ('CSTD_TINH_INITIATIVE', 'CSTD_TINH', 'INITIATIVE_IN_YEARS', '{"minInfluence": "PROVINCE", "years": 3, "count": 1}',
     'Luật Thi đua, khen thưởng 2022, Điều 22',
     'Có sáng kiến, đề tài có phạm vi ảnh hưởng cấp tỉnh trong thời gian đạt 3 lần Chiến sĩ thi đua cơ sở.', date '2024-01-01', 'BLOCKING'),
    ('CSTD_TQ_LADDER', 'CSTD_TQ', 'CONSECUTIVE_AWARDS', '{"awardType": "CSTD_TINH", "count": 2, "endOffset": 0}',
     'Luật Thi đua, khen thưởng 2022, Điều 21',
     'Có 2 lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh.', date '2024-01-01', 'BLOCKING'),
    ('CSTD_TQ_INITIATIVE', 'CSTD_TQ', 'INITIATIVE_IN_YEARS', '{"minInfluence": "NATIONAL", "years": 6, "count": 1}',
     'Luật Thi đua, khen thưởng 2022, Điều 21',
     'Có sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc.', date '2024-01-01', 'BLOCKING'),
    ('BK_TINH_LADDER', 'BK_TINH', 'CONSECUTIVE_AWARDS', '{"awardType": "CSTDCS", "count": 2, "endOffset": 0, "orRating": "EXCELLENT", "orInitiatives": 2}',
     'Luật Thi đua, khen thưởng 2022, Điều 74',
     'Có 2 năm liên tục đạt Chiến sĩ thi đua cơ sở, hoặc 2 năm liên tục hoàn thành xuất sắc nhiệm vụ và có 2 sáng kiến được công nhận.', date '2024-01-01', 'BLOCKING'),
    ('BK_TTG_LADDER', 'BK_TTG', 'YEARS_SINCE_PREREQUISITE', '{"prerequisite": "BK_TINH", "years": 5, "minRating": "GOOD", "awardType": "CSTDCS", "awardCount": 3, "excellentCount": 0}',
     'Luật Thi đua, khen thưởng 2022, Điều 73',
     'Đã được tặng Bằng khen cấp bộ, ngành, tỉnh; từ đó có từ 5 năm liên tục hoàn thành tốt nhiệm vụ trở lên, trong đó có 3 lần Chiến sĩ thi đua cơ sở.', date '2024-01-01', 'BLOCKING'),
    ('HCLD3_LADDER', 'HCLD3', 'YEARS_SINCE_PREREQUISITE', '{"prerequisite": "BK_TTG", "years": 5, "minRating": "GOOD", "awardType": "CSTDCS", "awardCount": 3, "excellentCount": 1}',
     'Luật Thi đua, khen thưởng 2022, Điều 44',
     'Đã được tặng Bằng khen của Thủ tướng Chính phủ; từ đó có từ 5 năm liên tục hoàn thành tốt nhiệm vụ trở lên, có 1 năm hoàn thành xuất sắc và 3 lần Chiến sĩ thi đua cơ sở.', date '2024-01-01', 'BLOCKING'),
    ('CO_TINH_LEADS', 'CO_TINH', 'LEADS_CLUSTER', '{}',
     'Luật Thi đua, khen thưởng 2022, Điều 26',
     'Dẫn đầu cụm, khối thi đua trong bảng xếp hạng tổng kết năm.', date '2024-01-01', 'BLOCKING'),
    ('CO_CP_HOLDS_CO_TINH', 'CO_CP', 'AWARD_IN_YEAR', '{"awardType": "CO_TINH"}',
     'Luật Thi đua, khen thưởng 2022, Điều 25',
     'Được tặng Cờ thi đua cấp bộ, ngành, tỉnh trong năm.', date '2024-01-01', 'BLOCKING');

-- Lương cơ sở by the date it took effect.
create table base_salary (
    effective_from  date           primary key,
    amount          numeric(14, 0) not null check (amount > 0)
);

insert into base_salary (effective_from, amount) values (date '2019-07-01', 1490000), (date '2023-07-01', 1800000),
    (date '2024-07-01', 2340000);

-- People keep one identity across unit moves and mergers.
create table person (
    id           bigint        generated always as identity primary key,
    full_name    varchar(200)  collate "vi-x-icu" not null,
    search_text  varchar(250)  not null,
    birth_date   date,
    sex          varchar(10)   check (sex in ('MALE', 'FEMALE')),
    position     varchar(200),
    unit_id      bigint        not null references unit (id),
    version      bigint        not null default 0
);

create index person_unit_idx on person (unit_id, full_name);
create index person_search_trgm_idx on person using gin (search_text gin_trgm_ops);

create table award_record (
    id                     bigint        generated always as identity primary key,
    person_id              bigint        references person (id),
    unit_id                bigint        not null references unit (id),
    award_type_code        varchar(20)   not null references award_type (code),
    kind                   varchar(20)   not null check (kind in ('MERIT', 'SUDDEN', 'MOVEMENT', 'DEDICATION', 'SENIORITY', 'FOREIGN')),
    year                   integer       not null check (year between 1945 and 2100),
    decision_number        varchar(60)   not null,
    decision_date          date          not null,
    signer                 varchar(200),
    authority              varchar(300)  not null,
    subject_name           varchar(300)  not null,
    subject_code           varchar(60),
    issuer_name            varchar(300)  not null,
    search_text            varchar(700)  not null,
    revoked                boolean       not null default false,
    revocation_decision    varchar(60),
    revocation_reason      varchar(1000),
    version                bigint        not null default 0,
    check (not revoked or revocation_decision is not null)
);

-- the registry is read per subject (eligibility), per unit and year (statistics), per type and year,
-- per decision number, and by name; keyset pages by (year desc, id desc)
create index award_record_person_idx on award_record (person_id, year) where person_id is not null;
create index award_record_unit_year_idx on award_record (unit_id, year desc, id desc);
create index award_record_type_year_idx on award_record (award_type_code, year desc, id desc);
create index award_record_year_idx on award_record (year desc, id desc);
create index award_record_decision_idx on award_record (decision_number);
create index award_record_search_trgm_idx on award_record using gin (search_text gin_trgm_ops);

create table performance_rating (
    id         bigint       generated always as identity primary key,
    person_id  bigint       references person (id),
    unit_id    bigint       references unit (id),
    year       integer      not null,
    rating     varchar(20)  not null check (rating in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    check ((person_id is null) <> (unit_id is null))
);

create unique index performance_rating_person_uk on performance_rating (person_id, year) where person_id is not null;
create unique index performance_rating_unit_uk on performance_rating (unit_id, year) where unit_id is not null;

create table initiative (
    id         bigint        generated always as identity primary key,
    person_id  bigint        not null references person (id),
    year       integer       not null,
    title      varchar(500)  not null,
    influence  varchar(10)   not null check (influence in ('UNIT', 'PROVINCE', 'NATIONAL'))
);

create index initiative_person_idx on initiative (person_id, year);

create table discipline_record (
    id          bigint        generated always as identity primary key,
    person_id   bigint        references person (id),
    unit_id     bigint        references unit (id),
    kind        varchar(20)   not null check (kind in ('DISCIPLINE', 'INVESTIGATION', 'INSPECTION', 'COMPLAINT')),
    detail      varchar(500)  not null,
    started_on  date          not null,
    ended_on    date,
    check ((person_id is null) <> (unit_id is null)),
    check (ended_on is null or ended_on >= started_on)
);

create index discipline_record_person_idx on discipline_record (person_id) where person_id is not null;
create index discipline_record_unit_idx on discipline_record (unit_id) where unit_id is not null;
