-- A user's scope over a country-sized unit tree (issue 18, not yet in the code): 20.000 units more than the
-- database holds (40 provinces of 500 units, in a temporary table), the scope of the unit :root (its subtree
-- and the subtrees it inherited). Three forms, each three times; nothing is kept.
-- psql -h 127.0.0.1 -U thidua thidua -v root=1033 -f subtree-scale.sql | grep -E 'form|Time'
begin;
create temp table tu as select id, path from unit;
insert into tu select 100000 + g, '/1000/' || (2000 + g / 500) || '/' || (100000 + g) || '/' from generate_series(1, 20000) g;
alter table tu add primary key (id);
create index on tu (path varchar_pattern_ops);
analyze tu;
create function pg_temp.range_subtree(unit_path text, root_path text) returns boolean language sql immutable as
  $$ select unit_path ~>=~ root_path and unit_path ~<~ (left(root_path, -1) || '0') $$;
\timing on
\echo form 1: the semi-join of the queries, with unit_in_subtree (V41, LIKE)
select count(*) from tu u where exists (select 1 from unit_scope(:root) s(root_path) where unit_in_subtree(u.path, s.root_path));
select count(*) from tu u where exists (select 1 from unit_scope(:root) s(root_path) where unit_in_subtree(u.path, s.root_path));
select count(*) from tu u where exists (select 1 from unit_scope(:root) s(root_path) where unit_in_subtree(u.path, s.root_path));
\echo form 2: the same semi-join with the prefix as a range of byte-ordered paths
select count(*) from tu u where exists (select 1 from unit_scope(:root) s(root_path) where pg_temp.range_subtree(u.path, s.root_path));
select count(*) from tu u where exists (select 1 from unit_scope(:root) s(root_path) where pg_temp.range_subtree(u.path, s.root_path));
select count(*) from tu u where exists (select 1 from unit_scope(:root) s(root_path) where pg_temp.range_subtree(u.path, s.root_path));
\echo form 3: the units of the scope joined to its roots by the range, which reads the path index
select count(distinct x.id) from unit_scope(:root) s(root_path) join tu x on pg_temp.range_subtree(x.path, s.root_path);
select count(distinct x.id) from unit_scope(:root) s(root_path) join tu x on pg_temp.range_subtree(x.path, s.root_path);
select count(distinct x.id) from unit_scope(:root) s(root_path) join tu x on pg_temp.range_subtree(x.path, s.root_path);
rollback;
