-- The provincial certificate of merit for a collective (Bằng khen của bộ, ngành, tỉnh tặng tập thể), which a
-- cluster leader proposes from the year-end ranking. BK_TINH stays the individual one. The cash multiplier 2,0
-- comes from a secondary source (the scheme of Nghị định 152/2025/NĐ-CP, Điều 72), not from the law's text.
insert into award_type (code, name, category, subject_type, cash_multiplier, sort_order) values
    ('BK_TINH_TT', 'Bằng khen của bộ, ngành, tỉnh (tập thể)', 'COMMENDATION', 'COLLECTIVE', 2.0, 105);

-- The collective's own rating in the year, which the engine reads from performance_rating by unit.
insert into eligibility_rule (code, award_type_code, check_kind, parameters, legal_source, description, effective_from, severity) values
    ('BK_TINH_TT_RATING', 'BK_TINH_TT', 'RATING_IN_YEAR', '{"minRating": "EXCELLENT"}',
     'Luật Thi đua, khen thưởng 2022, Điều 74',
     'Tập thể hoàn thành xuất sắc nhiệm vụ trong năm. Tiền thưởng hệ số 2,0 × lương cơ sở theo nguồn thứ cấp (kiểu Nghị định 152/2025/NĐ-CP, Điều 72), chưa đối chiếu văn bản gốc.',
     date '2024-01-01', 'BLOCKING');
