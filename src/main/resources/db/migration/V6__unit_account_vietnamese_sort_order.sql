-- names sort as Vietnamese readers expect (A, Ấ, … D, Đ, … X), not by byte order; indexes follow the collation
alter table unit alter column name type varchar(255) collate "vi-x-icu";
alter table account alter column full_name type varchar(200) collate "vi-x-icu";
