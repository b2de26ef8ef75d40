package vn.thidua.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.text.Diacritics;
import vn.thidua.shared.text.NameKey;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.QueryCount;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The people directory in two provinces of its own: look-up without diacritics in scope,
 * create and edit with every field checked, duplicates warned, merged and unmerged,
 * transfers within and across provinces.
 */
@IntegrationTest
@WithMockUser(roles = { "ADMIN", "OFFICER" })
class PeopleDirectoryTests {

	static final LocalDate BORN = LocalDate.of(1985, 3, 2);

	@Autowired
	Clock clock;

	@Autowired
	TreeFixture fixture;

	@Autowired
	PeopleDirectory directory;

	@Autowired
	PersonMerges merges;

	@Autowired
	PersonTransfers transfers;

	@Autowired
	EligibilityEngine engine;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	WorldUsers users;

	String p;

	final Map<String, Long> ids = new HashMap<>();

	CurrentUser officerA;

	CurrentUser officerB;

	@BeforeEach
	void buildTwoProvinces() {
		p = fixture.prefix();
		for (String province : List.of("A", "B")) {
			ids.put(province,
					fixture
						.unit(fixture.root(), p + "-" + province, "Tỉnh " + province + " " + p, UnitKind.PROVINCE,
								LocalDate.of(2020, 1, 1))
						.getId());
			for (String commune : List.of("X1", "X2")) {
				ids.put(province + "-" + commune,
						fixture
							.unit(ids.get(province), p + "-" + province + "-" + commune,
									"Xã " + province + commune + " " + p, UnitKind.COMMUNE, LocalDate.of(2020, 1, 1))
							.getId());
			}
		}
		officerA = fixture.user(ids.get("A"), Role.OFFICER);
		officerB = fixture.user(ids.get("B"), Role.OFFICER);
	}

	private PersonDetails details(String name, String unit, LocalDate born) {
		return new PersonDetails(name, born, null, "Công chức", ids.get(unit), null);
	}

	private long create(String name, String unit, LocalDate born) {
		return directory.create(details(name, unit, born), true, unit.startsWith("A") ? officerA : officerB)
			.person()
			.getId();
	}

	@Test
	void theDatabaseFoldsNamesAsJavaDoes() {
		for (String name : List.of("Nguyễn Thị Thủy", "NGUYỄN THỊ THUỶ", "Lê  Văn Hòa", "Đặng Khỏe", "Trần Thúy Quỳnh",
				"Bùi Thị Của", " Hồ   Xoè ", "Lương Hoàng Uyên")) {
			assertThat(jdbc.sql("select person_name_key(?)").param(name).query(String.class).single()).as(name)
				.isEqualTo(NameKey.of(name));
			assertThat(jdbc.sql("select person_search_fold(?)").param(name).query(String.class).single()).as(name)
				.isEqualTo(Diacritics.fold(name));
		}
	}

	@Test
	void peopleWrittenBySqlGetTheSameKeysAndAPlacement() {
		long id = fixture.person(ids.get("A-X1"), "Nguyễn Thị Thủy " + p, BORN);
		assertThat(jdbc.sql("select name_key, search_text from person where id = ?")
			.param(id)
			.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
			.single()).isEqualTo(NameKey.of("Nguyễn Thị Thuỷ " + p) + "|" + Diacritics.fold("Nguyen Thi Thuy " + p));
		assertThat(directory.placements(id)).singleElement()
			.satisfies(placement -> assertThat(placement.unitId()).isEqualTo(ids.get("A-X1")));
	}

	@Test
	void theDirectoryFindsNamesWithoutDiacriticsWithinScopeOnly() {
		create("Nguyễn Thị Thuỷ " + p, "A-X1", BORN);
		create("Trần Thủy " + p, "A-X2", LocalDate.of(1990, 5, 1));
		create("Lê Thùy " + p, "B-X1", BORN);
		create("Phạm Văn An " + p, "A-X1", BORN);
		List<String> byName = names(new DirectoryFilter("thuy", ids.get("A"), null, null, null), officerA);
		assertThat(byName).containsExactly("Nguyễn Thị Thuỷ " + p, "Trần Thủy " + p);
		assertThat(names(new DirectoryFilter("THỦY", ids.get("A"), 1990, null, null), officerA))
			.containsExactly("Trần Thủy " + p);
		assertThat(names(new DirectoryFilter(null, ids.get("A-X1"), null, "công", null), officerA))
			.containsExactly("Nguyễn Thị Thuỷ " + p, "Phạm Văn An " + p);
		assertThat(names(new DirectoryFilter("thuy", ids.get("B"), null, null, null), officerA)).isEmpty();
		assertThat(names(new DirectoryFilter("thuy", ids.get("B"), null, null, null), officerB))
			.containsExactly("Lê Thùy " + p);
	}

	@Test
	void theDirectoryPagesByKeyset() {
		for (int i = 0; i < 5; i++) {
			create("Người " + p + " " + i, "A-X1", BORN);
		}
		DirectoryFilter filter = new DirectoryFilter(null, ids.get("A"), null, null, null);
		List<DirectoryRow> first = directory.page(filter, 2, officerA);
		assertThat(first).hasSize(3);
		List<DirectoryRow> second = directory.page(filter.after(first.get(1).id()), 2, officerA);
		assertThat(second.getFirst().fullName()).isEqualTo("Người " + p + " 2");
	}

	@Test
	void theDirectoryPageRunsAFixedNumberOfStatements() throws Exception {
		String officer = (p + ".a").toLowerCase();
		fixture.account(officer, p + "-A", Role.OFFICER);
		create("Ít " + p, "A-X1", BORN);
		for (int i = 0; i < 20; i++) {
			create("Nhiều " + p + " " + i, "A-X2", BORN);
		}
		long few = statements(officer, p + "-A-X1");
		assertThat(statements(officer, p + "-A-X2")).isEqualTo(few);
	}

	private long statements(String officer, String unit) throws Exception {
		QueryCount.reset();
		mvc.perform(get("/people").param("unit", unit).with(users.as(officer))).andExpect(status().isOk());
		return QueryCount.total();
	}

	private List<String> names(DirectoryFilter filter, CurrentUser user) {
		return directory.page(filter, user).stream().map(DirectoryRow::fullName).toList();
	}

	@Test
	void anotherProvincesPersonIsRefused() throws Exception {
		long foreign = create("Người tỉnh B " + p, "B-X1", BORN);
		assertThatThrownBy(() -> directory.show(foreign, officerA)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> directory.update(foreign, 0, details("X", "B-X1", BORN), officerA))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> directory.create(details("Người mới " + p, "B-X1", BORN), true, officerA))
			.isInstanceOfSatisfying(InvalidPerson.class,
					invalid -> assertThat(invalid.problems()).extracting(InvalidPerson.Problem::field)
						.containsExactly("unitCode"));
		String officer = (p + ".a").toLowerCase();
		fixture.account(officer, p + "-A", Role.OFFICER);
		mvc.perform(get("/people/" + foreign + "/edit").with(users.as(officer))).andExpect(status().isNotFound());
		mvc.perform(get("/people/" + foreign + "/transfer").with(users.as(officer))).andExpect(status().isNotFound());
	}

	@Test
	void badInputIsReportedFieldByFieldAtOnce() throws Exception {
		String officer = (p + ".a").toLowerCase();
		fixture.account(officer, p + "-A", Role.OFFICER);
		mvc.perform(post("/people").param("fullName", "")
			.param("birthDate", "31/02/1985")
			.param("sex", "FEMALE")
			.param("unitCode", p + "-B-X1")
			.param("personalId", "12345")
			.with(users.as(officer))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("personForm", "fullName", "birthDate", "personalId"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("phải gồm đúng 12 chữ số")));
		mvc.perform(post("/people").param("fullName", "Nguyễn Thị Lan " + p)
			.param("birthDate", "02/03/1985")
			.param("sex", "FEMALE")
			.param("unitCode", p + "-B-X1")
			.param("personalId", "099085000123")
			.with(users.as(officer))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("personForm", "unitCode", "personalId"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ba chữ số đầu")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("không khớp với giới tính")));
		assertThat(jdbc.sql("select count(*) from person where full_name = ?")
			.param("Nguyễn Thị Lan " + p)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aStaleEditChangesNothingAndSaysSo() throws Exception {
		long id = create("Hồ Văn Bình " + p, "A-X1", BORN);
		Person person = directory.show(id, officerA);
		long version = person.getVersion();
		directory.update(id, version, details("Hồ Văn Bình " + p, "A-X1", LocalDate.of(1986, 1, 1)), officerA);
		assertThatThrownBy(() -> directory.update(id, version, details("Hồ Bình " + p, "A-X1", BORN), officerA))
			.isInstanceOf(StaleEditException.class);
		String officer = (p + ".a").toLowerCase();
		fixture.account(officer, p + "-A", Role.OFFICER);
		mvc.perform(post("/people/" + id + "/edit").param("fullName", "Hồ Bình " + p)
			.param("unitCode", p + "-A-X1")
			.param("version", String.valueOf(version))
			.with(users.as(officer))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Người khác vừa sửa hồ sơ này")));
		assertThat(jdbc.sql("select full_name from person where id = ?").param(id).query(String.class).single())
			.isEqualTo("Hồ Văn Bình " + p);
	}

	@Test
	void aPersonalIdBelongsToOnePersonAndIsAuditedMasked() {
		String number = uniqueNumber();
		PersonDetails first = new PersonDetails("Lý Thị Mai " + p, BORN, "FEMALE", null, ids.get("A-X1"), number);
		long id = directory.create(first, true, officerA).person().getId();
		assertThatThrownBy(() -> directory
			.create(new PersonDetails("Lý Mai " + p, BORN, "FEMALE", null, ids.get("A-X2"), number), true, officerA))
			.isInstanceOfSatisfying(InvalidPerson.class,
					invalid -> assertThat(invalid.problems()).extracting(InvalidPerson.Problem::messageKey)
						.containsExactly("person.personalId.taken"));
		assertThatThrownBy(() -> jdbc
			.sql("insert into person (full_name, search_text, unit_id, personal_id) values ('X', 'x', ?, ?)")
			.params(ids.get("A-X2"), number)
			.update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		assertThat(directory.byPersonalId(number, officerA))
			.hasValueSatisfying(row -> assertThat(row.maskedPersonalId()).isEqualTo("********" + number.substring(8)));
		assertThat(directory.byPersonalId(number, officerB)).isEmpty();
		String changes = jdbc.sql(
				"select changes::text from audit_entry where entity_type = 'Person' and entity_id = ? and action = 'CREATE'")
			.param(String.valueOf(id))
			.query(String.class)
			.single();
		assertThat(changes).contains("Lý Thị Mai").contains("***").doesNotContain(number);
	}

	private static String uniqueNumber() {
		return "084185" + String.format("%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
	}

	@Test
	void aNamesakeInTheSameProvinceIsWarnedAboutBeforeCreating() {
		long hoa = create("Lê Văn Hòa " + p, "A-X1", BORN);
		PeopleDirectory.Creation warned = directory.create(details("Lê Văn Hoà " + p, "A-X2", BORN), false, officerA);
		assertThat(warned.created()).isFalse();
		assertThat(warned.namesakes().inScope()).extracting(DirectoryRow::id).containsExactly(hoa);
		PeopleDirectory.Creation elsewhere = directory.create(details("Lê Văn Hoà " + p, "B-X1", BORN), false,
				officerB);
		assertThat(elsewhere.created()).isTrue();
		PeopleDirectory.Creation otherBirth = directory
			.create(details("Lê Văn Hoà " + p, "A-X2", LocalDate.of(1990, 1, 1)), false, officerA);
		assertThat(otherBirth.created()).isTrue();
		PeopleDirectory.Creation confirmed = directory.create(details("Lê Văn Hoà " + p, "A-X2", BORN), true, officerA);
		assertThat(confirmed.created()).isTrue();
	}

	@Test
	void aMergeMovesEverythingAndAnAdministratorCanUndoIt() {
		long kept = create("Đỗ Thị Thủy " + p, "A-X1", BORN);
		long merged = create("Đỗ Thị Thuỷ " + p, "A-X2", BORN);
		long keptAward = fixture.award(kept, ids.get("A-X1"), "LDTT", LocalDate.of(2023, 12, 20), p + "/1", "UBND",
				"x");
		long movedAward = fixture.award(merged, ids.get("A-X2"), "LDTT", LocalDate.of(2024, 12, 20), p + "/2", "UBND",
				"x");
		rating(kept, 2023);
		rating(merged, 2024);
		assertThat(merges.duplicates(officerA))
			.anySatisfy(pair -> assertThat(List.of(pair.one().id(), pair.other().id())).containsExactlyInAnyOrder(kept,
					merged));

		PersonMerge merge = merges.merge(kept, merged, officerA);
		assertThat(personOf("award_record", movedAward)).isEqualTo(kept);
		assertThat(jdbc.sql("select count(*) from performance_rating where person_id = ?")
			.param(kept)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select merged_into_id from person where id = ?").param(merged).query(Long.class).single())
			.isEqualTo(kept);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'AwardRecord' and entity_id = ?")
			.param(String.valueOf(movedAward))
			.query(Long.class)
			.single()).isPositive();
		assertThat(merges.duplicates(officerA)).noneSatisfy(pair -> assertThat(pair.other().id()).isEqualTo(merged));

		merges.undo(merge.getId(), fixture.system());
		assertThat(personOf("award_record", movedAward)).isEqualTo(merged);
		assertThat(personOf("award_record", keptAward)).isEqualTo(kept);
		assertThat(jdbc.sql("select count(*) from performance_rating where person_id = ?")
			.param(merged)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(directory.show(merged, officerA).getMergedIntoId()).isNull();
		assertThatThrownBy(() -> merges.undo(merge.getId(), fixture.system()))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aMergeOfTwoRatingsForOneYearIsRefusedAndMovesNothing() {
		long kept = create("Vũ Khỏe " + p, "A-X1", BORN);
		long merged = create("Vũ Khoẻ " + p, "A-X1", BORN);
		long award = fixture.award(merged, ids.get("A-X1"), "LDTT", LocalDate.of(2024, 12, 20), p + "/3", "UBND", "x");
		rating(kept, 2024);
		rating(merged, 2024);
		assertThatThrownBy(() -> merges.merge(kept, merged, officerA))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, violation -> {
				assertThat(violation.messageKey()).isEqualTo("people.merge.ratingConflict");
				assertThat(violation.args()).containsExactly("2024");
			});
		assertThat(personOf("award_record", award)).isEqualTo(merged);
		assertThatThrownBy(() -> merges.merge(kept, create("Người B " + p, "B-X1", BORN), officerA))
			.isInstanceOf(NotFoundException.class);
	}

	private void rating(long person, int year) {
		jdbc.sql("insert into performance_rating (person_id, year, rating) values (?, ?, 'EXCELLENT')")
			.params(person, year)
			.update();
	}

	private long personOf(String table, long id) {
		return jdbc.sql("select person_id from " + table + " where id = ?").param(id).query(Long.class).single();
	}

	@Test
	void anOfficeMovesAPersonWithinItsProvinceInOneStep() {
		long id = create("Tạ Văn Nam " + p, "A-X1", BORN);
		Person person = directory.show(id, officerA);
		assertThatThrownBy(() -> transfers.transfer(id, person.getVersion(), ids.get("A-X2"),
				LocalDate.now(clock).plusDays(2), officerA))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("people.transfer.future"));
		assertThat(transfers.transfer(id, person.getVersion(), ids.get("A-X2"), LocalDate.of(2025, 3, 1), officerA))
			.isEqualTo(PersonTransfers.Outcome.MOVED);
		assertThat(directory.show(id, officerA).getUnitId()).isEqualTo(ids.get("A-X2"));
		List<Placement> placements = directory.placements(id);
		assertThat(placements).hasSize(2);
		assertThat(placements.getFirst().unitId()).isEqualTo(ids.get("A-X2"));
		assertThat(placements.getFirst().startedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(placements.get(1).endedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
		Person moved = directory.show(id, officerA);
		assertThatThrownBy(
				() -> transfers.transfer(id, moved.getVersion(), ids.get("A-X1"), LocalDate.of(2025, 2, 1), officerA))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("people.transfer.beforePlacement"));
	}

	@Test
	void acrossProvincesTheSenderProposesAndTheReceiverAccepts() {
		long id = create("Mạc Thị Hằng " + p, "A-X1", BORN);
		Person person = directory.show(id, officerA);
		assertThat(transfers.transfer(id, person.getVersion(), ids.get("B-X1"), LocalDate.of(2025, 4, 1), officerA))
			.isEqualTo(PersonTransfers.Outcome.PROPOSED);
		assertThat(directory.show(id, officerA).getUnitId()).isEqualTo(ids.get("A-X1"));
		PersonTransfers.TransferRow pending = transfers.pending(officerB)
			.stream()
			.filter(row -> row.personId() == id)
			.findFirst()
			.orElseThrow();
		assertThat(pending.incoming()).isTrue();
		assertThat(transfers.pending(officerA)).anySatisfy(row -> assertThat(row.incoming()).isFalse());
		assertThatThrownBy(() -> transfers.accept(pending.id(), pending.version(), officerA))
			.isInstanceOf(NotFoundException.class);
		transfers.accept(pending.id(), pending.version(), officerB);
		assertThat(directory.show(id, officerB).getUnitId()).isEqualTo(ids.get("B-X1"));
		assertThatThrownBy(() -> directory.show(id, officerA)).isInstanceOf(NotFoundException.class);
		assertThat(transfers.pending(officerB)).noneSatisfy(row -> assertThat(row.personId()).isEqualTo(id));
	}

	/**
	 * Two years of Chiến sĩ thi đua cơ sở earned in the first commune count for the
	 * provincial certificate proposed by the commune the person moved to.
	 */
	@Test
	void aLadderCountsAwardsEarnedInThePreviousUnit() {
		long id = create("Kiều Văn Sơn " + p, "A-X1", BORN);
		long newcomer = create("Kiều Văn Hải " + p, "A-X2", BORN);
		fixture.award(id, ids.get("A-X1"), "CSTDCS", LocalDate.of(2024, 1, 20), p + "/CS23", "UBND", "x");
		fixture.award(id, ids.get("A-X1"), "CSTDCS", LocalDate.of(2025, 1, 20), p + "/CS24", "UBND", "x");
		jdbc.sql("update award_record set year = year - 1 where decision_number in (?, ?)")
			.params(p + "/CS23", p + "/CS24")
			.update();
		List<String> before = ladder(id, ids.get("A-X1"));
		assertThat(before).anyMatch(result -> result.contains(":true:"));
		transfers.transfer(id, directory.show(id, officerA).getVersion(), ids.get("A-X2"), LocalDate.of(2025, 2, 1),
				officerA);
		List<String> after = ladder(id, ids.get("A-X2"));
		assertThat(after).isEqualTo(before).isNotEqualTo(ladder(newcomer, ids.get("A-X2")));
	}

	private List<String> ladder(long person, long proposingUnit) {
		return engine
			.check(List.of(new Nominee(1, person, proposingUnit, "BK_TINH", 2024)), LocalDate.of(2025, 6, 1),
					proposingUnit)
			.getFirst()
			.results()
			.stream()
			.map(result -> result.ruleCode() + ":" + result.passed() + ":" + List.of(result.args()))
			.toList();
	}

}
