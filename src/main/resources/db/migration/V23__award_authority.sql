-- Who may decide which award, from when to when, and on which legal basis (thẩm quyền khen thưởng), and
-- the cash each award carries by the decree in force on the decision date. Both are data: a new decree
-- adds rows with their dates instead of a release changing code.
--
-- legal_source is shown to users and names the exact article. verification is for developers only (never
-- rendered): null when the article was read in the text itself, otherwise what could not be checked.

-- An award type is decided either by the head of a kind of unit of the tree (unit_kind) or by an authority
-- above it (upper_authority: the Prime Minister, the President), never both.
create table award_authority (
    id               bigint        generated always as identity primary key,
    award_type_code  varchar(20)   not null references award_type (code),
    unit_kind        varchar(20)   check (unit_kind in ('NATIONAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'DEPARTMENT', 'OTHER')),
    upper_authority  varchar(20)   check (upper_authority in ('PRIME_MINISTER', 'PRESIDENT')),
    effective_from   date          not null,
    effective_to     date,
    legal_source     varchar(400)  not null,
    verification     varchar(1000),
    check ((unit_kind is null) <> (upper_authority is null)),
    check (effective_to is null or effective_to >= effective_from)
);

create index award_authority_type_idx on award_authority (award_type_code, effective_from);

-- Luật Thi đua, khen thưởng 06/2022/QH15 took effect on 01/01/2024; authority before that is not recorded
-- and not checked. Điều 80 was read in the Công báo text (số 571+572, 15/7/2022): khoản 1 heads of
-- provincial agencies, khoản 2 district chairs, khoản 3 commune chairs.
-- The President (Điều 77: huân chương, huy chương, danh hiệu vinh dự nhà nước).
insert into award_authority (award_type_code, upper_authority, effective_from, legal_source, verification) values
    ('HCLD3', 'PRESIDENT', date '2024-01-01', 'Luật Thi đua, khen thưởng 2022, Điều 77',
     'Article quoted by a thuvienphapluat Q&A ("Chủ tịch nước quyết định tặng huân chương..."); the Công báo page itself was not found.');

-- The Prime Minister: Cờ thi đua của Chính phủ, Chiến sĩ thi đua toàn quốc, Bằng khen của Thủ tướng.
insert into award_authority (award_type_code, upper_authority, effective_from, legal_source, verification)
select code, 'PRIME_MINISTER', date '2024-01-01', 'Luật Thi đua, khen thưởng 2022, Điều 78',
       'Article number inferred from Điều 77 (President) and Điều 80 (read); the text of Điều 78 was not found.'
from award_type where code in ('CO_CP', 'CSTD_TQ', 'BK_TTG', 'BK_TTG_TT');

-- The provincial chair: provincial titles, Bằng khen and Cờ.
insert into award_authority (award_type_code, unit_kind, effective_from, legal_source, verification)
select code, 'PROVINCE', date '2024-01-01', 'Luật Thi đua, khen thưởng 2022, Điều 79',
       'Article number inferred from Điều 77 (President) and Điều 80 (read); the text of Điều 79 was not found.'
from award_type where code in ('CSTD_TINH', 'TTLDXS', 'CO_TINH', 'BK_TINH', 'BK_TINH_TT', 'BK_TINH_HO');

-- Heads of provincial agencies (sở, ban, ngành): Điều 80 khoản 1, read. Its words also cover bodies with
-- legal personality of ministries and sectors, which the tree files as OTHER.
insert into award_authority (award_type_code, unit_kind, effective_from, legal_source)
select code, kind, date '2024-01-01', 'Luật Thi đua, khen thưởng 2022, Điều 80 khoản 1'
from award_type, (values ('DEPARTMENT'), ('OTHER')) as kinds (kind)
where code in ('LDTT', 'CSTDCS', 'TTLDTT', 'GK', 'GK_TT');

-- District chairs until the district level ended on 30/06/2025: Điều 80 khoản 2, read. (Thôn, tổ dân phố
-- văn hóa has no award type yet.) Their decisions before that date stay valid history.
insert into award_authority (award_type_code, unit_kind, effective_from, effective_to, legal_source)
select code, 'DISTRICT', date '2024-01-01', date '2025-06-30', 'Luật Thi đua, khen thưởng 2022, Điều 80 khoản 2'
from award_type where code in ('LDTT', 'CSTDCS', 'TTLDTT', 'GK', 'GK_TT', 'GK_HO');

-- Commune chairs until 30/06/2025: Điều 80 khoản 3, read (Lao động tiên tiến, giấy khen, Gia đình văn hóa).
insert into award_authority (award_type_code, unit_kind, effective_from, effective_to, legal_source)
select code, 'COMMUNE', date '2024-01-01', date '2025-06-30', 'Luật Thi đua, khen thưởng 2022, Điều 80 khoản 3'
from award_type where code in ('LDTT', 'GK', 'GK_TT', 'GK_HO', 'GDVH');

-- Commune chairs from 01/07/2025 also decide what district chairs decided under Điều 80 khoản 2.
insert into award_authority (award_type_code, unit_kind, effective_from, legal_source, verification)
select code, 'COMMUNE', date '2025-07-01',
       'Nghị định 129/2025/NĐ-CP (phân định thẩm quyền trong lĩnh vực Bộ Nội vụ), thực hiện khoản 2, khoản 3 Điều 80 Luật Thi đua, khen thưởng 2022',
       'The decree''s text (tracuuphapluat.net, 11/6/2025) was found but not its thi đua article; the content is from a secondary summary (congdoanvietnam.vn): the commune chair decides thôn/tổ dân phố văn hóa, Gia đình văn hóa, TTLĐTT, CSTĐCS, LĐTT and giấy khen. Article number unverified.'
from award_type where code in ('LDTT', 'CSTDCS', 'TTLDTT', 'GK', 'GK_TT', 'GK_HO', 'GDVH');

-- Cash: multiplier × lương cơ sở by the decree in force on the decision date. unit_kind narrows a row to
-- decisions of that kind of unit (the commune chair's Giấy khen); a household's amount is 1,5 times the
-- individual's, which the code applies. A type without a row in force carries no cash.
create table award_cash (
    id               bigint         generated always as identity primary key,
    award_type_code  varchar(20)    not null references award_type (code),
    unit_kind        varchar(20)    check (unit_kind in ('NATIONAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'DEPARTMENT', 'OTHER')),
    multiplier       numeric(5, 2)  not null check (multiplier > 0),
    effective_from   date           not null,
    effective_to     date,
    legal_source     varchar(400)   not null,
    verification     varchar(1000),
    check (effective_to is null or effective_to >= effective_from)
);

create index award_cash_type_idx on award_cash (award_type_code, effective_from);

-- Nghị định 98/2023/NĐ-CP, 01/01/2024 – 30/06/2025. Điều 54 for the individual titles and Tập thể lao
-- động xuất sắc was read (thuvienphapluat); the rest carries the values the catalogue priced with until now.
insert into award_cash (award_type_code, multiplier, effective_from, effective_to, legal_source, verification) values
    ('CSTD_TQ', 4.5, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 54', null),
    ('CSTD_TINH', 3.0, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 54', null),
    ('CSTDCS', 1.0, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 54', null),
    ('LDTT', 0.3, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 54', null),
    ('TTLDXS', 1.5, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 54', null),
    ('TTLDTT', 0.8, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 54',
     'Điều 54 was read up to this title; its amount was cut off in the excerpt.'),
    ('GK', 0.3, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 55',
     'Value and article as the catalogue had them (secondary); not read in the text.'),
    ('GK_TT', 0.6, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 55',
     'Twice the individual amount as the catalogue had it (secondary); not read in the text.'),
    ('GK_HO', 0.3, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 55',
     'Value as the catalogue had it (secondary); not read in the text.'),
    ('BK_TINH', 1.0, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 55',
     'Value as the catalogue had it (secondary, as Nghị định 91/2017/NĐ-CP); not read in the text.'),
    ('BK_TINH_TT', 2.0, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 55',
     'Value as the catalogue had it (secondary); not read in the text.'),
    ('BK_TINH_HO', 1.0, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 55',
     'Value as the catalogue had it (secondary); not read in the text.'),
    ('BK_TTG', 1.5, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 55',
     'Value as the catalogue had it (secondary, as Nghị định 91/2017/NĐ-CP); not read in the text.'),
    ('BK_TTG_TT', 3.0, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 55',
     'Value as the catalogue had it (secondary); not read in the text.');

-- The commune chair's Giấy khen under Nghị định 98/2023/NĐ-CP: half the amount of other Giấy khen.
insert into award_cash (award_type_code, unit_kind, multiplier, effective_from, effective_to, legal_source, verification) values
    ('GK', 'COMMUNE', 0.15, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 55',
     'From memory of Nghị định 91/2017/NĐ-CP (0,15 for the commune chair''s Giấy khen), carried into Nghị định 98/2023; not found in any stored text.'),
    ('GK_TT', 'COMMUNE', 0.3, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 55',
     'Twice the individual amount; not found in any stored text.'),
    ('GK_HO', 'COMMUNE', 0.15, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 55',
     'As the individual amount; not found in any stored text.');

-- Nghị định 152/2025/NĐ-CP from 01/07/2025. Its official record shows an end of validity on 01/03/2027,
-- not confirmed, so the rows stay open. No article of its text could be read: every value below comes from
-- secondary sources (Cờ thi đua của Chính phủ 12,0; Cờ cấp bộ, tỉnh 8,0; the commune chair's Giấy khen
-- 0,3 like any other) and the article numbers are unverified.
insert into award_cash (award_type_code, multiplier, effective_from, legal_source, verification)
select code, multiplier, date '2025-07-01', 'Nghị định 152/2025/NĐ-CP, ' || article,
       'Secondary sources only; the decree''s text was not found in the stored pages. Article number unverified.'
from (values ('CSTD_TQ', 4.5, 'Điều 71'), ('CSTD_TINH', 3.0, 'Điều 71'), ('CSTDCS', 1.0, 'Điều 71'),
             ('LDTT', 0.3, 'Điều 71'), ('TTLDXS', 1.5, 'Điều 71'), ('TTLDTT', 0.8, 'Điều 71'),
             ('CO_CP', 12.0, 'Điều 71'), ('CO_TINH', 8.0, 'Điều 71'),
             ('GK', 0.3, 'Điều 72'), ('GK_TT', 0.6, 'Điều 72'), ('GK_HO', 0.3, 'Điều 72'),
             ('BK_TINH', 1.0, 'Điều 72'), ('BK_TINH_TT', 2.0, 'Điều 72'), ('BK_TINH_HO', 1.0, 'Điều 72'),
             ('BK_TTG', 1.5, 'Điều 72'), ('BK_TTG_TT', 3.0, 'Điều 72')) as amounts (code, multiplier, article);

-- Multipliers live in award_cash now.
alter table award_type drop column cash_multiplier;

-- Upward proposals: when every line's award belongs to the Prime Minister or the President, the province
-- does not decide. Its chair signs a cover letter upward (tờ trình: number, date, signer) — FORWARDED —
-- and the office records the upper decision when it arrives (number, date, signer, authority, file), which
-- writes the registry — AWARDED.
alter table award_proposal drop constraint award_proposal_status_check;
alter table award_proposal add constraint award_proposal_status_check check (status in ('DRAFT', 'SUBMITTED',
    'IN_APPRAISAL', 'RETURNED', 'PUBLISHED', 'VOTING', 'VOTED', 'DECIDED', 'ISSUED', 'AWARDED', 'FORWARDED'));

alter table award_proposal
    add column upper_authority  varchar(20)  check (upper_authority in ('PRIME_MINISTER', 'PRESIDENT')),
    add column letter_number    varchar(60),
    add column letter_date      date,
    add column letter_signer    varchar(200),
    add check ((letter_number is null) = (letter_date is null));

-- The upper decision is recorded in the decision columns; one decision of the Prime Minister may answer
-- several letters of the same province, so its number is unique only among the province's own decisions.
drop index award_proposal_decision_uk;
create unique index award_proposal_decision_uk on award_proposal (deciding_unit_id, decision_number)
    where decision_number is not null and upper_authority is null;

create unique index award_proposal_letter_uk on award_proposal (deciding_unit_id, letter_number)
    where letter_number is not null;
