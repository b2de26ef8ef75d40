-- The registry's page for a subtree holding most of the newest awards (a province's) is
-- found among the newest keys of the whole registry: carrying the unit in the
-- newest-first index lets that walk read the index alone (AwardQueries.walk).
-- The build holds back new awards while it runs: 18 s for 10 M awards on the bench
-- machine. (Built concurrently it would wait forever on Flyway's own open transaction.)
create index award_record_year_unit_idx on award_record (year desc, id desc) include (unit_id);

drop index award_record_year_idx;
