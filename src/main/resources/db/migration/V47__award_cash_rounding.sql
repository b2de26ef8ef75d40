-- Cash is worked out as multiplier × base salary and then rounded up to the next ten thousand đồng, a rule
-- of the decree in force like the multipliers themselves. verification: what could not be read in the text.
create table cash_rounding (
    id               bigint         generated always as identity primary key,
    step             numeric(12, 0) not null check (step > 0),
    effective_from   date           not null,
    effective_to     date,
    legal_source     varchar(400)   not null,
    verification     varchar(1000),
    check (effective_to is null or effective_to >= effective_from)
);

insert into cash_rounding (step, effective_from, effective_to, legal_source, verification) values
    (10000, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, nguyên tắc tính tiền thưởng',
     'Nguyên văn "Tiền thưởng sau khi nhân với hệ số mức lương cơ sở được làm tròn số lên hàng chục nghìn đồng tiền Việt Nam" theo bài của Cổng thông tin Chính phủ (VGP, 07/01/2024); chưa đọc được số điều trong văn bản gốc. Nghị định 91/2017/NĐ-CP, Điều 68 khoản 2 quy định như vậy (Ban Thi đua - Khen thưởng Trung ương trả lời, 2018).'),
    (10000, date '2025-07-01', null, 'Nghị định 152/2025/NĐ-CP, nguyên tắc tính tiền thưởng',
     'Không tìm thấy trong văn bản đã lưu; giả định giữ nguyên quy định của Nghị định 98/2023/NĐ-CP và 91/2017/NĐ-CP.');

-- Nghị định 98/2023/NĐ-CP, Điều 54 also priced the flags (Cờ thi đua của Chính phủ 12,0; of a ministry,
-- sector or province 8,0) and Tập thể lao động tiên tiến at 0,8: the article as quoted in full by a commune's
-- portal (phuongduc.thuathienhue.gov.vn, 26/01/2024) and vietjack.me.
insert into award_cash (award_type_code, multiplier, effective_from, effective_to, legal_source, verification) values
    ('CO_CP', 12.0, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 54',
     'Điều 54 theo bản trích nguyên văn của phuongduc.thuathienhue.gov.vn (26/01/2024); chưa đọc Công báo.'),
    ('CO_TINH', 8.0, date '2024-01-01', date '2025-06-30', 'Nghị định 98/2023/NĐ-CP, Điều 54',
     'Điều 54 theo bản trích nguyên văn của phuongduc.thuathienhue.gov.vn (26/01/2024); chưa đọc Công báo.');

update award_cash
   set verification = 'Điều 54 theo bản trích nguyên văn của phuongduc.thuathienhue.gov.vn (26/01/2024): 0,8 lần mức lương cơ sở; chưa đọc Công báo.'
 where award_type_code = 'TTLDTT' and effective_from = date '2024-01-01';
