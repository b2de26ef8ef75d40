-- The units of a subtree (unit_subtree_units) and of a user's scope (unit_scope_units: the subtree and those
-- inherited in reorganisations, V43) as sets of ids, each root reading its range of unit_path_idx.
-- A query wrote "in this scope" as
--   exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(u.path, root_path))
-- a semi-join whose inner side PostgreSQL can join by an index only for an equality: it tested every unit
-- against every root with a LIKE built per pair, 10 ms over the 20.000 units of a country's tree with its
-- merged units (docs/bench/subtree-scale.sql). Taken by id,
--   u.id in (select id from unit_scope_units(:root))
-- it costs 2,3-3,4 ms over the same units: the scope's own units take 0,06 ms, but PostgreSQL, not knowing
-- how few they are, hashes the unit table to take them.
-- A path is ids between slashes, closed by one ("/1/5/23/", V41), so the paths under root_path run from
-- root_path up to, not including, root_path with its closing '/' raised to '0', in byte order (the operators
-- of varchar_pattern_ops). Both functions are one query: PostgreSQL inlines them.
create function unit_scope_units(root_id bigint) returns table (id bigint)
    language sql stable parallel safe as $$
    select x.id from unit_scope(root_id) scope_roots(root_path)
    join unit x on x.path ~>=~ scope_roots.root_path and x.path ~<~ (left(scope_roots.root_path, -1) || '0')
$$;

create function unit_subtree_units(root_id bigint) returns table (id bigint)
    language sql stable parallel safe as $$
    select x.id from unit r
    join unit x on x.path ~>=~ r.path and x.path ~<~ (left(r.path, -1) || '0')
    where r.id = root_id
$$;
