-- Recording or removing a base salary looks for decisions issued with cash within its dates.
create index award_proposal_decision_date_idx on award_proposal (decision_date) where decision_date is not null;
