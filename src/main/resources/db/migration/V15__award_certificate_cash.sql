-- Bằng khen carries cash too: 1,0 × lương cơ sở from a ministry or province, 1,5 × from the Prime Minister
-- (Nghị định 152/2025/NĐ-CP, as Nghị định 91/2017/NĐ-CP before it; secondary).
update award_type set cash_multiplier = 1.0 where code = 'BK_TINH';
update award_type set cash_multiplier = 1.5 where code = 'BK_TTG';
