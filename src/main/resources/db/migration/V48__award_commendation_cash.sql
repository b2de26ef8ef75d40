-- The cash of Bằng khen, corrected. Nghị định 152/2025/NĐ-CP, Điều 54 khoản 1, as two papers quote it
-- (giadinh.suckhoedoisong.vn 11/08/2025, ngoisao.vn 01/10/2025): Bằng khen của Thủ tướng 3,5 and Bằng khen of a
-- ministry, sector or province 1,5 for an individual. Nghị định 91/2017/NĐ-CP, which V23 said it followed, gave
-- 3,5 and 1,0 with collectives at twice the individual's (plo.vn, hieuluat.vn quoting it), not 1,5 and 1,0.
-- Nghị định 98/2023/NĐ-CP sets these amounts in Điều 58 khoản 1 (baochinhphu.vn quotes its điểm d), not
-- Điều 55; its text for Bằng khen was not found, so its rows keep Nghị định 91/2017's amounts.
update award_cash
   set multiplier = case award_type_code when 'BK_TTG' then 3.5 when 'BK_TTG_TT' then 7.0 else multiplier end,
       legal_source = 'Nghị định 98/2023/NĐ-CP, Điều 58 khoản 1',
       verification = 'Không tìm thấy văn bản điều này; mức giữ như Nghị định 91/2017/NĐ-CP (Bằng khen của Thủ tướng 3,5, '
                      || 'của bộ, ngành, tỉnh 1,0, tập thể gấp đôi cá nhân) theo plo.vn, hieuluat.vn; số điều theo baochinhphu.vn.'
 where effective_from = date '2024-01-01'
   and award_type_code in ('BK_TTG', 'BK_TTG_TT', 'BK_TINH', 'BK_TINH_TT', 'BK_TINH_HO');

update award_cash
   set multiplier = case award_type_code when 'BK_TTG' then 3.5 when 'BK_TTG_TT' then 7.0 when 'BK_TINH' then 1.5
                                         when 'BK_TINH_TT' then 3.0 when 'BK_TINH_HO' then 1.5 end,
       legal_source = 'Nghị định 152/2025/NĐ-CP, Điều 54 khoản 1',
       verification = 'Mức cho cá nhân (3,5 và 1,5) theo bản trích Điều 54 khoản 1 của giadinh.suckhoedoisong.vn (11/08/2025); '
                      || 'tập thể gấp đôi, hộ gia đình 1,5 lần cá nhân theo nguyên tắc của Nghị định 91/2017/NĐ-CP; chưa đọc văn bản gốc.'
 where effective_from = date '2025-07-01'
   and award_type_code in ('BK_TTG', 'BK_TTG_TT', 'BK_TINH', 'BK_TINH_TT', 'BK_TINH_HO');

-- Giấy khen sits in the same article of each decree (its amounts still unread, so they stay as they were).
update award_cash set legal_source = 'Nghị định 98/2023/NĐ-CP, Điều 58 khoản 1'
 where effective_from = date '2024-01-01' and award_type_code in ('GK', 'GK_TT', 'GK_HO');
update award_cash set legal_source = 'Nghị định 152/2025/NĐ-CP, Điều 54 khoản 1'
 where effective_from = date '2025-07-01' and award_type_code in ('GK', 'GK_TT', 'GK_HO');
