-- Lương cơ sở carries the decree that set it, like every other amount; an administrator records the next
-- one when the Government changes it. verification is what could not be checked in the decree's own text.
alter table base_salary
    add column legal_source varchar(400),
    add column verification varchar(1000);

update base_salary set legal_source = 'Nghị định 38/2019/NĐ-CP',
       verification = 'Mức và ngày hiệu lực theo bản tóm tắt Nghị định 24/2023/NĐ-CP (tăng từ 1.490.000 đồng, thay thế Nghị định 38/2019/NĐ-CP); chưa đọc được văn bản Nghị định 38/2019/NĐ-CP.'
 where effective_from = date '2019-07-01';
update base_salary set legal_source = 'Nghị định 24/2023/NĐ-CP',
       verification = 'Mức 1.800.000 đồng/tháng từ 01/7/2023 theo bản tóm tắt của cơ quan nhà nước (songoaivu.hatinh.gov.vn) và thuvienphapluat.vn; chưa đọc được điều, khoản trong văn bản gốc.'
 where effective_from = date '2023-07-01';
update base_salary set legal_source = 'Nghị định 73/2024/NĐ-CP',
       verification = 'Mức 2.340.000 đồng/tháng từ 01/7/2024 chỉ theo nguồn thứ cấp; chưa tìm thấy văn bản gốc.'
 where effective_from = date '2024-07-01';
update base_salary set legal_source = 'Không rõ' where legal_source is null;

alter table base_salary
    alter column legal_source set not null,
    add check (amount between 100000 and 1000000000);
