-- Issue 16: a movement step recorded by mistake can be withdrawn by the office that recorded it,
-- the same day (Vietnam time). The step row stays, marked withdrawn, so the page and the audit
-- log keep what happened; the same step may then be recorded again.

alter table movement_step add column recorded_by_unit_id bigint references unit (id);
alter table movement_step add column withdrawn_at timestamptz;
alter table movement_step add column withdrawn_by varchar(100);
alter table movement_step add constraint movement_step_withdrawn_check
    check ((withdrawn_at is null) = (withdrawn_by is null));

-- the office of steps recorded before: the unit of the account that recorded them
update movement_step s set recorded_by_unit_id = a.unit_id from account a where a.username = s.recorded_by;

-- one standing step per status; withdrawn ones do not count
alter table movement_step drop constraint movement_step_movement_id_status_key;
create unique index movement_step_standing_idx on movement_step (movement_id, status) where withdrawn_at is null;
