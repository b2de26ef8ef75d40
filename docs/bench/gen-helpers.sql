-- helper tables for the generator, in their own schema (dropped by gen-cleanup.sql)
drop schema if exists gen cascade;
create schema gen;
create table gen.names as select
  array['Nguyễn','Trần','Lê','Phạm','Huỳnh','Phan','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý','Thạch','Kim','Sơn','Trương','Lâm'] fam,
  array['nguyen','tran','le','pham','huynh','phan','vo','dang','bui','do','ho','ngo','duong','ly','thach','kim','son','truong','lam'] ffam,
  array['Văn','Thị','Hữu','Minh','Ngọc','Thanh','Quốc','Thị Bích','Hoàng','Công','Thị Kim'] mid,
  array['van','thi','huu','minh','ngoc','thanh','quoc','thi bich','hoang','cong','thi kim'] fmid,
  array['An','Bình','Châu','Dũng','Dương','Giang','Hà','Hải','Hạnh','Hòa','Hùng','Hương','Khánh','Lan','Linh','Long','Mai','Minh','Nam','Nga',
        'Nghĩa','Ngọc','Phúc','Phương','Quang','Sang','Sơn','Tâm','Thành','Thảo','Thủy','Trang','Trí','Tuấn','Vy','Xuân','Yến','Sa Rươne','Sô Phol','Chanh Đa'] giv,
  array['an','binh','chau','dung','duong','giang','ha','hai','hanh','hoa','hung','huong','khanh','lan','linh','long','mai','minh','nam','nga',
        'nghia','ngoc','phuc','phuong','quang','sang','son','tam','thanh','thao','thuy','trang','tri','tuan','vy','xuan','yen','sa ruone','so phol','chanh da'] fgiv,
  array['Tập thể Phòng Nội vụ','Tập thể Trường Tiểu học','Tập thể Trạm Y tế','Tập thể Văn phòng','Tập thể Hội Nông dân'] col,
  array['tap the phong noi vu','tap the truong tieu hoc','tap the tram y te','tap the van phong','tap the hoi nong dan'] fcol,
  -- 40 slots: common forms often, high ones rarely
  array['LDTT','LDTT','LDTT','LDTT','LDTT','LDTT','LDTT','LDTT','LDTT','LDTT','LDTT',
        'CSTDCS','CSTDCS','CSTDCS','CSTDCS','CSTDCS','GK','GK','GK','GK','GK','GK','GK','GK',
        'GK_TT','GK_TT','GK_HO','GK_HO','GDVH','GDVH','TTLDTT','TTLDTT','TTLDXS','BK_TINH','BK_TINH',
        'BK_TINH_TT','BK_TINH_HO','CSTD_TINH','CO_TINH','BK_TTG'] types,
  coalesce((select max(id) from person), 0)::bigint as pbase; -- generated people get ids pbase+1 .. pbase+:people
-- the units of Trà Vinh (demo tree), numbered 1..n, with the authority that decides there
create table gen.u as
select row_number() over (order by id) as idx, id, name, kind,
       case kind when 'PROVINCE' then 'UBND tỉnh Vĩnh Long' when 'DEPARTMENT' then 'Giám đốc Sở'
                 when 'DISTRICT' then case when name like 'Thị xã%' then 'UBND thị xã' else 'UBND huyện' end
                 else case when name like 'Thị trấn%' then 'UBND thị trấn' when name like 'Phường%' then 'UBND phường' else 'UBND xã' end
       end as authority,
       lower(translate(name, 'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ',
                               'AAAAAAAAAAAAAAAAADEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYaaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy')) as fname
from unit where path like (select path from unit where code = 'VL') || '%' and active;
create table gen.t as select code, subject_type, level, category from award_type;
