create table audit_entry (
    id          bigint       generated always as identity primary key,
    occurred_at timestamptz  not null default now(),
    actor       varchar(100) not null,
    action      varchar(10)  not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    entity_type varchar(60)  not null,
    entity_id   varchar(60)  not null,
    changes     jsonb        not null
);

create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, id desc);
create index audit_entry_actor_idx on audit_entry (actor, id desc);
create index audit_entry_occurred_idx on audit_entry (occurred_at);

-- the audit log is append-only, whoever connects
create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;

create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
