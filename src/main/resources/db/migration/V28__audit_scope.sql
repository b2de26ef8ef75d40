-- Whose subtree an audit entry belongs to: the unit of the record that changed when it has one,
-- else the unit of the account that changed it. A reader sees the entries within their scope;
-- entries of no unit (start-up work) only a reader at the top of the tree.
alter table audit_entry add column unit_path varchar(2000);

alter table audit_entry disable trigger audit_entry_no_update;
update audit_entry e set unit_path = u.path
from account a join unit u on u.id = a.unit_id
where a.username = e.actor;
alter table audit_entry enable trigger audit_entry_no_update;

create index audit_entry_unit_path_idx on audit_entry (unit_path varchar_pattern_ops, id desc);
