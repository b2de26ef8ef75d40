package vn.thidua.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Moves a person to another unit on a date. A user whose scope holds both units (the
 * office of the province within a province) moves them at once; otherwise the sending
 * office proposes and an office whose scope holds the receiving unit accepts or refuses.
 * The person's awards stay theirs: ladders read them by person, whatever the unit.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
public class PersonTransfers {

	private final PeopleDirectory directory;

	private final People people;

	private final Transfers transfers;

	private final UnitCatalog units;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	PersonTransfers(PeopleDirectory directory, People people, Transfers transfers, UnitCatalog units, JdbcClient jdbc,
			AuditTrail audit, Clock clock) {
		this.directory = directory;
		this.people = people;
		this.transfers = transfers;
		this.units = units;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public enum Outcome {

		MOVED, PROPOSED

	}

	public record TransferRow(long id, long personId, String personName, String fromUnit, String toUnit,
			LocalDate effectiveOn, String proposedBy, boolean incoming, long version) {
	}

	/**
	 * Moves the person now when the user's scope holds the receiving unit, else proposes
	 * the transfer to the receiving office.
	 */
	public Outcome transfer(long personId, long version, long toUnitId, LocalDate on, CurrentUser user) {
		Person person = directory.show(personId, user);
		StaleEditException.check("person", personId, version, person.getVersion());
		UnitRow to = units.find(toUnitId).orElseThrow(() -> new BusinessRuleViolation("people.transfer.unitUnknown"));
		if (!to.active()) {
			throw new BusinessRuleViolation("people.transfer.unitInactive");
		}
		if (to.id() == person.getUnitId()) {
			throw new BusinessRuleViolation("people.transfer.sameUnit");
		}
		checkDate(person, on);
		if (units.isWithin(toUnitId, user.unitId())) {
			move(person, toUnitId, on);
			return Outcome.MOVED;
		}
		if (pending(personId) != null) {
			throw new BusinessRuleViolation("people.transfer.alreadyPending");
		}
		transfers.saveAndFlush(
				new PersonTransfer(personId, person.getUnitId(), toUnitId, on, user.username(), clock.instant()));
		return Outcome.PROPOSED;
	}

	/**
	 * The receiving office accepts a proposed transfer: the person moves on its date.
	 */
	public Person accept(long transferId, long version, CurrentUser user) {
		PersonTransfer transfer = incoming(transferId, version, user);
		Person person = people.findById(transfer.getPersonId()).orElseThrow();
		if (person.getUnitId() != transfer.getFromUnitId() || person.getMergedIntoId() != null) {
			throw new BusinessRuleViolation("people.transfer.changedSince");
		}
		checkDate(person, transfer.getEffectiveOn());
		transfer.decide(PersonTransfer.Status.ACCEPTED, user.username(), clock.instant());
		move(person, transfer.getToUnitId(), transfer.getEffectiveOn());
		return person;
	}

	/**
	 * The receiving office refuses, or the sending office withdraws, a proposed transfer.
	 */
	public void decline(long transferId, long version, CurrentUser user) {
		PersonTransfer transfer = transfers.findById(transferId)
			.orElseThrow(() -> new NotFoundException("transfer", transferId));
		boolean receiving = units.isWithin(transfer.getToUnitId(), user.unitId());
		if (!receiving && !units.isWithin(transfer.getFromUnitId(), user.unitId())) {
			throw new NotFoundException("transfer", transferId);
		}
		StaleEditException.check("transfer", transferId, version, transfer.getVersion());
		if (transfer.getStatus() != PersonTransfer.Status.PENDING) {
			throw new BusinessRuleViolation("people.transfer.notPending");
		}
		transfer.decide(receiving ? PersonTransfer.Status.REFUSED : PersonTransfer.Status.CANCELLED, user.username(),
				clock.instant());
		transfers.flush();
	}

	/**
	 * Pending transfers into and out of the user's scope.
	 */
	@Transactional(readOnly = true)
	public List<TransferRow> pending(CurrentUser user) {
		return jdbc
			.sql("""
					select t.id, t.person_id, p.full_name as person_name, f.name as from_unit, u.name as to_unit,
					       t.effective_on, t.proposed_by,
					       exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(u.path, root_path)) as incoming, t.version
					from person_transfer t join person p on p.id = t.person_id
					join unit f on f.id = t.from_unit_id join unit u on u.id = t.to_unit_id
					where t.status = 'PENDING' and (exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(u.path, root_path)) or exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(f.path, root_path)))
					order by t.id limit 200
					""")
			.param("root", user.unitId())
			.query(TransferRow.class)
			.list();
	}

	private @Nullable Long pending(long personId) {
		return jdbc.sql("select id from person_transfer where person_id = ? and status = 'PENDING'")
			.param(personId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private PersonTransfer incoming(long transferId, long version, CurrentUser user) {
		PersonTransfer transfer = transfers.findById(transferId)
			.orElseThrow(() -> new NotFoundException("transfer", transferId));
		if (!units.isWithin(transfer.getToUnitId(), user.unitId())) {
			throw new NotFoundException("transfer", transferId);
		}
		StaleEditException.check("transfer", transferId, version, transfer.getVersion());
		if (transfer.getStatus() != PersonTransfer.Status.PENDING) {
			throw new BusinessRuleViolation("people.transfer.notPending");
		}
		return transfer;
	}

	private void checkDate(Person person, LocalDate on) {
		if (on.isAfter(LocalDate.now(clock))) {
			throw new BusinessRuleViolation("people.transfer.future");
		}
		LocalDate started = jdbc.sql("select started_on from person_placement where person_id = ? and ended_on is null")
			.param(person.getId())
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		if (started != null && on.isBefore(started)) {
			throw new BusinessRuleViolation("people.transfer.beforePlacement",
					vn.thidua.shared.web.VietnameseDateFormatter.format(started));
		}
	}

	/**
	 * Ends the open placement on the date and opens one in the new unit; the person's
	 * current unit follows. The database trigger finds the new placement open and adds
	 * none.
	 */
	private void move(Person person, long toUnitId, LocalDate on) {
		long from = person.getUnitId();
		jdbc.sql("update person_placement set ended_on = greatest(?, coalesce(started_on, ?))"
				+ " where person_id = ? and ended_on is null")
			.params(on, on, person.getId())
			.update();
		Long placement = jdbc
			.sql("insert into person_placement (person_id, unit_id, started_on) values (?, ?, ?) returning id")
			.params(person.getId(), toUnitId, on)
			.query(Long.class)
			.single();
		audit.recordUpdates("PersonPlacement", List.of(placement), "unitId", from, toUnitId);
		person.moveTo(toUnitId);
		people.flush();
	}

}
