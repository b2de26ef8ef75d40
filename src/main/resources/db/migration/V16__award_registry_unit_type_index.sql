-- A unit's awards of one type, newest first: the per-unit look-up of a small subtree filtered by type
-- otherwise walks the unit's whole history when the type is rare there.
create index award_record_unit_type_year_idx on award_record (unit_id, award_type_code, year desc, id desc);
