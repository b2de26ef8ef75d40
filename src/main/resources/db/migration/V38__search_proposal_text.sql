-- Finding things (issue 16): the navbar search reads proposals by title and decisions by number, with or
-- without diacritics, as it already reads units, people and movements (their search_text columns with
-- trigram indexes, V1, V8, V10, V24). Folded in the database, the same as Diacritics.fold, so every
-- writer stores the same text.
alter table award_proposal
    add column search_text text generated always as (person_search_fold(title)) stored,
    add column decision_search text generated always as (person_search_fold(decision_number)) stored;

create index award_proposal_search_trgm_idx on award_proposal using gin (search_text gin_trgm_ops);
create index award_proposal_decision_trgm_idx on award_proposal using gin (decision_search gin_trgm_ops)
    where decision_search is not null;
