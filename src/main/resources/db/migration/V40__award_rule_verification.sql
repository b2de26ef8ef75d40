-- Issue 16: a rule's description and legal source read as the law does; what could not be checked against the
-- law's text is kept apart, shown to administrators only.
alter table eligibility_rule add column verification varchar(1000);

update eligibility_rule
   set description = 'Tập thể hoàn thành xuất sắc nhiệm vụ trong năm.',
       verification = 'Tiền thưởng hệ số 2,0 × lương cơ sở theo nguồn thứ cấp (kiểu Nghị định 152/2025/NĐ-CP, Điều 72), '
                      || 'chưa đối chiếu văn bản gốc.'
 where code = 'BK_TINH_TT_RATING';
