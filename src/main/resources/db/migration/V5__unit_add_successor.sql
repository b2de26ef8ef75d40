-- the unit that took over a merged or dissolved one (2025: districts into communes, 63 provinces into 34)
alter table unit add column successor_id bigint references unit (id);
alter table unit add constraint unit_successor_only_when_inactive check (successor_id is null or not active);
alter table unit add constraint unit_successor_not_itself check (successor_id <> id);
create index unit_successor_idx on unit (successor_id);
