package vn.thidua.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.account.AccountDetails;
import vn.thidua.account.AccountManagement;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

/**
 * Builds the units, people, accounts and records a test needs, under codes of its own (a
 * fresh prefix per fixture), so that a test leans on nothing but the top unit. Needs an
 * administrator's security context.
 */
@Component
public class TreeFixture {

	public static final String PASSWORD = "Th!Dua-2026-test";

	private final UnitManagement units;

	private final UnitCatalog catalog;

	private final AccountManagement accounts;

	private final JdbcClient jdbc;

	TreeFixture(UnitManagement units, UnitCatalog catalog, AccountManagement accounts, JdbcClient jdbc) {
		this.units = units;
		this.catalog = catalog;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/**
	 * A prefix no other test uses, for codes and usernames.
	 */
	public String prefix() {
		return "T"
				+ Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36).toUpperCase(Locale.ROOT);
	}

	public long root() {
		return catalog.findActiveByCode("VN").orElseThrow().id();
	}

	public CurrentUser system() {
		return new CurrentUser(0, "system", "Hệ thống", root(), Set.of(Role.ADMIN));
	}

	public CurrentUser user(long unitId, Role... roles) {
		return new CurrentUser(0, "test", "Người thử", unitId, Set.of(roles));
	}

	public Unit unit(long parentId, String code, String name, UnitKind kind, LocalDate from) {
		return units.create(parentId, new UnitDetails(code, name, kind, from), system());
	}

	public long person(long unitId, String name, LocalDate birthDate) {
		return jdbc.sql("""
				insert into person (full_name, search_text, birth_date, unit_id) values (?, lower(?), ?, ?)
				returning id
				""").params(name, name, birthDate, unitId).query(Long.class).single();
	}

	/**
	 * An award of the registry, as a decision of {@code authority} dated {@code decided}
	 * recorded it.
	 */
	public long award(long personId, long unitId, String type, LocalDate decided, String number, String authority,
			String subject) {
		return jdbc.sql("""
				insert into award_record (person_id, unit_id, award_type_code, kind, year, decision_number,
				    decision_date, authority, subject_name, issuer_name, search_text)
				values (?, ?, ?, 'MERIT', ?, ?, ?, ?, ?, ?, lower(?)) returning id
				""")
			.params(personId, unitId, type, decided.getYear(), number, decided, authority, subject, authority,
					subject + " " + number)
			.query(Long.class)
			.single();
	}

	public long account(String username, String unitCode, Role role) {
		return accounts
			.create(username, PASSWORD, new AccountDetails("Cán bộ " + username, null, unitCode, Set.of(role), true),
					false, system())
			.getId();
	}

	/**
	 * A proposal as its unit sent it, received by the deciding unit on {@code received}.
	 */
	public long submittedProposal(long proposingUnitId, long decidingUnitId, int year, LocalDate received) {
		return jdbc.sql("""
				insert into award_proposal (proposing_unit_id, deciding_unit_id, year, kind, title, status, received_on,
				    submitted_by, created_by, created_at)
				values (?, ?, ?, 'MERIT', ?, 'SUBMITTED', ?, 'test', 'test', ?)
				returning id
				""")
			.params(proposingUnitId, decidingUnitId, year, "Đề nghị khen thưởng năm " + year, received,
					java.sql.Timestamp.from(Instant.parse("2025-06-20T03:00:00Z")))
			.query(Long.class)
			.single();
	}

}
