-- A user's scope over a country-sized unit tree: 20.000 units more than the database holds, added and analysed in
-- a transaction that is rolled back, and the scope of the unit :root (its subtree and the subtrees it inherited)
-- read four ways, each three times.
-- psql -h 127.0.0.1 -U thidua thidua -v root=1033 -f subtree-scale.sql | grep -E 'form|Time'
begin;
insert into unit (id, code, name, kind, parent_id, path, depth, search_text, valid_from, current_id)
select n, 'T-SCALE-' || n, 'Xã ' || n, 'COMMUNE', 1000, '/1000/' || n || '/', 1, 'xa', date '2020-01-01', n
from (select 900000000 + g as n from generate_series(1, 20000) g) s;
analyze unit;
create function pg_temp.range_subtree(unit_path text, root_path text) returns boolean language sql immutable as
  $$ select unit_path ~>=~ root_path and unit_path ~<~ (left(root_path, -1) || '0') $$;
\timing on
\echo form 1: the semi-join of the queries, with unit_in_subtree (V41, a LIKE per pair)
select count(*) from unit u where exists (select 1 from unit_scope(:root) s(root_path) where unit_in_subtree(u.path, s.root_path));
select count(*) from unit u where exists (select 1 from unit_scope(:root) s(root_path) where unit_in_subtree(u.path, s.root_path));
select count(*) from unit u where exists (select 1 from unit_scope(:root) s(root_path) where unit_in_subtree(u.path, s.root_path));
\echo form 2: the same semi-join, the prefix as a range of byte-ordered paths (tried, withdrawn)
select count(*) from unit u where exists (select 1 from unit_scope(:root) s(root_path) where pg_temp.range_subtree(u.path, s.root_path));
select count(*) from unit u where exists (select 1 from unit_scope(:root) s(root_path) where pg_temp.range_subtree(u.path, s.root_path));
select count(*) from unit u where exists (select 1 from unit_scope(:root) s(root_path) where pg_temp.range_subtree(u.path, s.root_path));
\echo form 3: the units taken by id from unit_scope_units (V51), each root reading its range of unit_path_idx
select count(*) from unit u where u.id in (select id from unit_scope_units(:root));
select count(*) from unit u where u.id in (select id from unit_scope_units(:root));
select count(*) from unit u where u.id in (select id from unit_scope_units(:root));
\echo form 4: the same set driving the join to the units, as the registry's page reads its units
select count(distinct u.id) from unit_scope_units(:root) s join unit u on u.id = s.id;
select count(distinct u.id) from unit_scope_units(:root) s join unit u on u.id = s.id;
select count(distinct u.id) from unit_scope_units(:root) s join unit u on u.id = s.id;
rollback;
