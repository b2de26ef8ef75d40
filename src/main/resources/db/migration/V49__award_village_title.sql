-- Thôn, tổ dân phố văn hóa: the yearly title of a village or residential group within a commune (Luật Thi đua,
-- khen thưởng 2022, Điều 30; standards by the province under the frame of Nghị định 86/2023/NĐ-CP). A village is
-- no unit of the tree: its awards are named subjects of the commune, as households' are, and count as collective
-- awards in statistics. No cash row: no amount for it was found in a decree's text.
insert into award_type (code, name, category, subject_type, sort_order) values
    ('THON_VH', 'Thôn, tổ dân phố văn hóa', 'TITLE', 'VILLAGE', 84);

-- District chairs until the district level ended: Điều 80 khoản 2 (read, see V23). Điều 30 itself was read as
-- quoted in a lawnet.vn Q&A, not in the Công báo.
insert into award_authority (award_type_code, unit_kind, effective_from, effective_to, legal_source) values
    ('THON_VH', 'DISTRICT', date '2024-01-01', date '2025-06-30', 'Luật Thi đua, khen thưởng 2022, Điều 80 khoản 2');

-- Commune chairs from 01/07/2025, as for the other district competences (V23).
insert into award_authority (award_type_code, unit_kind, effective_from, legal_source, verification) values
    ('THON_VH', 'COMMUNE', date '2025-07-01',
     'Nghị định 129/2025/NĐ-CP (phân định thẩm quyền trong lĩnh vực Bộ Nội vụ), thực hiện khoản 2 Điều 80 Luật Thi đua, khen thưởng 2022',
     'The decree''s thi đua article was not found in its text; the content is from a secondary summary (congdoanvietnam.vn): the commune chair decides thôn/tổ dân phố văn hóa. Article number unverified.');
