-- Applying a reorganisation and ordinary writes exclude each other (WriteGate): every write
-- transaction holds this advisory lock shared from its start, applying a plan holds it alone.
-- Once the lock is held, the acting unit must still be active: a request that began before a
-- plan ended its unit writes nothing for it. The check is a statement of its own inside this
-- volatile function, so it sees a plan committed while the lock was awaited.
create function hold_write_gate(acting_unit bigint) returns boolean
language plpgsql volatile as $$
begin
    perform pg_advisory_xact_lock_shared(hashtext('thidua.write-gate'));
    return acting_unit is null or exists (select 1 from unit where id = acting_unit and active);
end
$$;
