package vn.thidua.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.InvalidPerson.Problem;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.text.Diacritics;
import vn.thidua.shared.text.NameKey;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * The people of the registry within the user's subtree: a directory looked up a keyset
 * page at a time, and people created and corrected by officers of their scope. Two
 * records of one person are warned about when the second is created: same name key, same
 * birth date when known, same province.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
public class PeopleDirectory {

	public static final int PAGE_SIZE = 50;

	static final String ROWS = """
			select p.id, p.full_name, p.position, p.birth_date, p.sex, p.unit_id, u.code as unit_code,
			       u.name as unit_name, p.personal_id
			from person p join unit u on u.id = p.unit_id
			""";

	/**
	 * The province a unit lies in (the nearest ancestor or itself that is a province),
	 * null above provinces.
	 */
	static final String PROVINCE_OF = "(select pr.id from unit pr where pr.kind = 'PROVINCE'"
			+ " and unit_in_subtree(%s.path, pr.path) order by pr.depth limit 1)";

	private final People people;

	private final JdbcClient jdbc;

	private final UnitCatalog units;

	private final Clock clock;

	PeopleDirectory(People people, JdbcClient jdbc, UnitCatalog units, Clock clock) {
		this.people = people;
		this.jdbc = jdbc;
		this.units = units;
		this.clock = clock;
	}

	static DirectoryRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new DirectoryRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
				rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), PersonalId.mask(rs.getString(9)));
	}

	/**
	 * One page of the people the filter finds in the user's scope, in name order, plus
	 * one row so the caller knows whether there is a next page: one statement.
	 */
	@Transactional(readOnly = true)
	public List<DirectoryRow> page(DirectoryFilter filter, CurrentUser user) {
		return page(filter, PAGE_SIZE, user);
	}

	@Transactional(readOnly = true)
	public List<DirectoryRow> page(DirectoryFilter filter, int size, CurrentUser user) {
		StringBuilder where = new StringBuilder(
				" where p.merged_into_id is null and p.unit_id in (select id from unit_scope_units(:root))");
		Map<String, Object> params = new HashMap<>();
		params.put("root", user.unitId());
		if (filter.query() != null && !filter.query().isBlank()) {
			where.append(" and p.search_text like '%' || :q || '%'");
			params.put("q", like(Diacritics.fold(filter.query())));
		}
		if (filter.unitId() != null) {
			if (units.isWithin(filter.unitId(), user.unitId())) {
				where.append(" and p.unit_id in (select id from unit_subtree_units(:unit))");
				params.put("unit", filter.unitId());
			}
			else {
				where.append(" and false");
			}
		}
		if (filter.birthYear() != null) {
			where.append(" and p.birth_date >= :bornFrom and p.birth_date < :bornTo");
			params.put("bornFrom", LocalDate.of(filter.birthYear(), 1, 1));
			params.put("bornTo", LocalDate.of(filter.birthYear() + 1, 1, 1));
		}
		if (filter.position() != null && !filter.position().isBlank()) {
			where.append(" and lower(p.position) like '%' || lower(:position) || '%'");
			params.put("position", like(filter.position().strip()));
		}
		if (filter.after() != null) {
			where.append(" and (p.full_name, p.id) > ((select full_name from person where id = :after), :after)");
			params.put("after", filter.after());
		}
		return jdbc.sql(ROWS + where + " order by p.full_name, p.id limit " + (size + 1))
			.params(params)
			.query((rs, n) -> row(rs))
			.list();
	}

	private static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * A person of the user's scope, not merged into another.
	 */
	@Transactional(readOnly = true)
	public Person show(long id, CurrentUser user) {
		Person person = people.findById(id).orElseThrow(() -> new NotFoundException("person", id));
		if (person.getMergedIntoId() != null || !units.isWithin(person.getUnitId(), user.unitId())) {
			throw new NotFoundException("person", id);
		}
		return person;
	}

	/**
	 * The person with this personal identification number, if they are in the user's
	 * scope.
	 */
	@Transactional(readOnly = true)
	public Optional<DirectoryRow> byPersonalId(String personalId, CurrentUser user) {
		return jdbc.sql(ROWS
				+ " where p.personal_id = :id and p.merged_into_id is null and exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(u.path, root_path))")
			.param("id", personalId.strip())
			.param("root", user.unitId())
			.query((rs, n) -> row(rs))
			.optional();
	}

	/**
	 * Creates a person, unless people who may be the same (same name key, same birth date
	 * when known, same province) exist and the user has not confirmed: then nothing is
	 * stored and they are returned.
	 */
	public Creation create(PersonDetails details, boolean confirmed, CurrentUser user) {
		check(details, null, user);
		Namesakes namesakes = namesakes(details, null, user);
		if (!confirmed && !namesakes.isEmpty()) {
			return new Creation(null, namesakes);
		}
		Person person = people.saveAndFlush(new Person(details.fullName(), details.birthDate(), details.sex(),
				details.position(), details.unitId(), details.personalId()));
		return new Creation(person, namesakes);
	}

	/**
	 * Corrects a person's name, birth date, sex, position and personal identification
	 * number; the unit changes only by a transfer.
	 */
	public Person update(long id, long version, PersonDetails details, CurrentUser user) {
		Person person = show(id, user);
		StaleEditException.check("person", id, version, person.getVersion());
		check(new PersonDetails(details.fullName(), details.birthDate(), details.sex(), details.position(),
				person.getUnitId(), details.personalId()), id, user);
		person.describe(details.fullName(), details.birthDate(), details.sex(), details.position(),
				details.personalId());
		people.flush();
		return person;
	}

	/**
	 * Whether the user may change people (create, correct, transfer, merge).
	 */
	@PreAuthorize("permitAll()")
	@Transactional(readOnly = true)
	public boolean canChange(CurrentUser user) {
		return user.isAdmin() || user.has(Role.OFFICER);
	}

	/**
	 * The units a person worked in, newest first.
	 */
	@PreAuthorize("permitAll()")
	@Transactional(readOnly = true)
	public List<Placement> placements(long personId) {
		return jdbc.sql("""
				select pl.id, pl.unit_id, u.name as unit_name, pl.started_on, pl.ended_on
				from person_placement pl join unit u on u.id = pl.unit_id
				where pl.person_id = ? order by pl.ended_on desc nulls first, pl.started_on desc nulls last, pl.id desc
				""").param(personId).query(Placement.class).list();
	}

	private void check(PersonDetails details, @Nullable Long id, CurrentUser user) {
		List<Problem> problems = new ArrayList<>();
		String name = NameKey.clean(details.fullName());
		if (name.isEmpty()) {
			problems.add(new Problem("fullName", "person.fullName.required"));
		}
		else if (name.length() > 200) {
			problems.add(new Problem("fullName", "person.fullName.tooLong", 200));
		}
		if (details.birthDate() != null
				&& (details.birthDate().isAfter(LocalDate.now(clock)) || details.birthDate().getYear() < 1900)) {
			problems.add(new Problem("birthDate", "person.birthDate.range"));
		}
		if (details.sex() != null && !details.sex().equals("MALE") && !details.sex().equals("FEMALE")) {
			problems.add(new Problem("sex", "person.sex.unknown"));
		}
		if (details.position() != null && details.position().length() > 200) {
			problems.add(new Problem("position", "person.position.tooLong", 200));
		}
		Optional<UnitRow> unit = units.find(details.unitId());
		if (unit.isEmpty() || !units.isWithin(details.unitId(), user.unitId())) {
			problems.add(new Problem("unitCode", "person.unit.outOfScope"));
		}
		else if (id == null && !unit.get().active()) {
			problems.add(new Problem("unitCode", "person.unit.inactive"));
		}
		if (details.personalId() != null) {
			List<String> wrong = PersonalId.problems(details.personalId(), details.birthDate(), details.sex());
			wrong.forEach(key -> problems.add(new Problem("personalId", key)));
			if (wrong.isEmpty() && jdbc.sql("select exists (select 1 from person where personal_id = ? and id <> ?)")
				.params(details.personalId(), id == null ? -1L : id)
				.query(Boolean.class)
				.single()) {
				problems.add(new Problem("personalId", "person.personalId.taken"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidPerson(problems);
		}
	}

	/**
	 * People who may be this one: same name key, same birth date when both are known, in
	 * the same province as the unit; those in the user's scope are shown, the others only
	 * counted.
	 */
	@Transactional(readOnly = true)
	public Namesakes namesakes(PersonDetails details, @Nullable Long exceptId, CurrentUser user) {
		List<DirectoryRow> rows = new ArrayList<>();
		int[] elsewhere = { 0 };
		jdbc.sql(ROWS.replace("select p.id,",
				"select exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(u.path, root_path)) as visible, p.id,")
				+ ", unit target where target.id = :unit and p.name_key = :key and p.merged_into_id is null"
				+ " and p.id <> :except and (cast(:born as date) is null or p.birth_date is null or p.birth_date = :born)"
				+ " and " + PROVINCE_OF.formatted("u") + " is not distinct from " + PROVINCE_OF.formatted("target")
				+ " order by p.full_name, p.id limit 50")
			.param("root", user.unitId())
			.param("unit", details.unitId())
			.param("key", NameKey.of(details.fullName()))
			.param("except", exceptId == null ? -1L : exceptId)
			.param("born", details.birthDate())
			.query(rs -> {
				if (rs.getBoolean("visible")) {
					rows.add(new DirectoryRow(rs.getLong(2), rs.getString(3), rs.getString(4),
							rs.getObject(5, LocalDate.class), rs.getString(6), rs.getLong(7), rs.getString(8),
							rs.getString(9), PersonalId.mask(rs.getString(10))));
				}
				else {
					elsewhere[0]++;
				}
			});
		return new Namesakes(rows, elsewhere[0]);
	}

	public record Namesakes(List<DirectoryRow> inScope, int outOfScope) {

		public boolean isEmpty() {
			return inScope.isEmpty() && outOfScope == 0;
		}

	}

	public record Creation(@Nullable Person person, Namesakes namesakes) {

		public boolean created() {
			return person != null;
		}

	}

}
