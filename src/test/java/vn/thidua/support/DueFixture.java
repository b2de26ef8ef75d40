package vn.thidua.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.thidua.account.AccountDetails;
import vn.thidua.account.AccountManagement;
import vn.thidua.movement.Direction;
import vn.thidua.movement.DuePeriod;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementDraft;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.MovementManagement;
import vn.thidua.movement.MovementStatus;
import vn.thidua.movement.ProgressEntry;
import vn.thidua.movement.ProgressReport;
import vn.thidua.movement.ProgressReporting;
import vn.thidua.movement.ReportingFrequency;
import vn.thidua.movement.StepRecord;
import vn.thidua.movement.Target;
import vn.thidua.movement.TargetDefinition;
import vn.thidua.movement.TargetKind;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.world.WorldAccount;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

/**
 * Communes of their own under Châu Thành, each with an officer account, and Trà Vinh's
 * quarterly movements they take part in, running from the start of last year to the end
 * of next year with reports due ten days after each quarter. Needs a security context
 * with the officer and administrator roles.
 */
@Component
public class DueFixture {

	public static final String OFFICE = "officer.tv";

	private final UnitManagement unitManagement;

	private final UnitCatalog units;

	private final AccountManagement accounts;

	private final MovementManagement movements;

	private final ProgressReporting reporting;

	private final WorldUsers users;

	private final Clock clock;

	DueFixture(UnitManagement unitManagement, UnitCatalog units, AccountManagement accounts,
			MovementManagement movements, ProgressReporting reporting, WorldUsers users, Clock clock) {
		this.unitManagement = unitManagement;
		this.units = units;
		this.accounts = accounts;
		this.movements = movements;
		this.reporting = reporting;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * A commune, the unit of an officer who also reports for it.
	 */
	public record Place(long unitId, String code, String name, String username) {

		public CurrentUser user(WorldUsers users) {
			return users.current(username);
		}

	}

	public Place commune(String name, @Nullable String email) {
		String suffix = Long.toString(System.nanoTime(), 36);
		String code = "T-DUE-" + suffix;
		CurrentUser admin = users.current("admin");
		long parent = units.findActiveByCode("TV-CT").orElseThrow().id();
		long unitId = unitManagement
			.create(parent, new UnitDetails(code, name + " " + suffix, UnitKind.COMMUNE, LocalDate.of(2020, 1, 1)),
					admin)
			.getId();
		String username = "canbo.due." + suffix;
		accounts.create(username, WorldAccount.PASSWORD,
				new AccountDetails("Cán bộ " + name, email, code, Set.of(Role.OFFICER, Role.UNIT_REPORTER), true),
				false, admin);
		return new Place(unitId, code, name + " " + suffix, username);
	}

	/**
	 * A launched movement and its one target.
	 */
	public record Running(Movement movement, long targetId) {

		public long id() {
			return movement.getId();
		}

	}

	public Running quarterly(String name, List<String> unitCodes, @Nullable LocalDate registrationDeadline) {
		CurrentUser office = users.current(OFFICE);
		int year = today().getYear();
		Movement movement = movements.create(new MovementDraft("T-DUE-" + Long.toString(System.nanoTime(), 36),
				units.findActiveByCode("TV").orElseThrow().id(), "UBND tỉnh Trà Vinh", null, MovementKind.CAMPAIGN,
				null, null, LocalDate.of(year - 1, 1, 1), ReportingFrequency.QUARTERLY, 10, name,
				LocalDate.of(year + 1, 12, 31), units.findActiveByCode("TV").orElseThrow().id(), null, null, null,
				registrationDeadline), office);
		Target target = movements
			.addTarget(movement.getId(), movement.getVersion(),
					new TargetDefinition("Kỹ năng số", "Số người được phổ cập kỹ năng số", TargetKind.QUANTITATIVE,
							"người", Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(1000), null, BigDecimal.ONE),
					office);
		if (!unitCodes.isEmpty()) {
			movements.addParticipants(movement.getId(), unitCodes, false, office);
		}
		Movement current = movements.show(movement.getId(), office);
		movements.advance(movement.getId(), current.getVersion(), MovementStatus.LAUNCHED,
				new StepRecord(LocalDate.of(year - 1, 1, 1), null, null, null), null, true, office);
		return new Running(movements.show(movement.getId(), office), target.getId());
	}

	/**
	 * The movement's periods whose reports fall due before today, in order.
	 */
	public List<DuePeriod> pastDue(Running running) {
		int year = today().getYear();
		return Stream.of(year - 1, year)
			.flatMap(each -> DuePeriod.of(running.movement(), each).stream())
			.filter(due -> due.dueOn().isBefore(today()))
			.toList();
	}

	public ProgressReport report(Running running, Place place, DuePeriod due) {
		return reporting.submit(running.id(), place.unitId(), due.year(), due.period(),
				List.of(new ProgressEntry(running.targetId(), BigDecimal.valueOf(420), null, null)), null,
				place.user(users));
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

}
