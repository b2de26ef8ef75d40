-- The one way to say "this unit lies in that unit's subtree (the unit itself included)", so the tree's
-- storage format is written here and not in every query that reads the tree.
--
-- A unit's path lists the ids from the top unit down to itself, each followed by a slash ("/1/5/23/",
-- Unit.placeUnder), so a subtree is one prefix: the trailing slash keeps "/1/20/" out of "/1/2/"'s subtree.
-- Paths hold only digits and slashes, never LIKE's wildcards '%' and '_', so root_path needs no escaping.
--
-- One immutable expression with no SET and not strict: PostgreSQL inlines the call, so with a constant or
-- bound root the planner still reads the prefix range from unit_path_idx (varchar_pattern_ops).
create function unit_in_subtree(unit_path text, root_path text) returns boolean
    language sql immutable parallel safe as $$
    select unit_path like root_path || '%'
$$;

-- unit_within (V22: a subtree or one the unit inherited in a reorganisation) says it the same way.
create or replace function unit_within(unit_path varchar, root_id bigint) returns boolean language sql stable as $$
    select unit_in_subtree(unit_path, (select path from unit where id = root_id))
        or exists (select 1 from unit_heritage h where h.heir_id = root_id and unit_in_subtree(unit_path, h.path))
$$;
