package vn.thidua.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.QueryCount;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitChoice;
import vn.thidua.unit.UnitChoices;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The unit picker and the navbar's search: only the user's scope, with or without
 * diacritics, through indexes, in a fixed number of statements; a unit of another
 * province typed or forged into a form is refused.
 */
@IntegrationTest
@WithMockUser(roles = { "ADMIN", "OFFICER" })
class FindingTests {

	private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

	@Autowired
	TreeFixture tree;

	@Autowired
	UnitChoices choices;

	@Autowired
	Search search;

	@Autowired
	MockMvc mvc;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	String prefix;

	String key;

	Unit home;

	Unit homeCommune;

	Unit foreign;

	Unit foreignCommune;

	String officer;

	CurrentUser user;

	@BeforeEach
	void twoProvinces() {
		prefix = tree.prefix();
		key = prefix.toLowerCase(Locale.ROOT);
		home = tree.unit(tree.root(), prefix + "-A", "Tỉnh Thử Nghiệm " + prefix, UnitKind.PROVINCE, FROM);
		homeCommune = tree.unit(home.getId(), prefix + "-A-MH", "Xã Mỹ Hòa " + prefix, UnitKind.COMMUNE, FROM);
		foreign = tree.unit(tree.root(), prefix + "-B", "Tỉnh Bên Cạnh " + prefix, UnitKind.PROVINCE, FROM);
		foreignCommune = tree.unit(foreign.getId(), prefix + "-B-MH", "Xã Mỹ Hòa " + prefix, UnitKind.COMMUNE, FROM);
		officer = "canbo." + key;
		tree.account(officer, home.getCode(), Role.OFFICER);
		user = users.current(officer);
	}

	@Test
	void thePickerFindsUnitsOfTheUsersScopeByNameWithoutDiacritics() throws Exception {
		assertThat(choices.search("my hoa " + key, user)).extracting(UnitChoice::code)
			.containsExactly(homeCommune.getCode());
		assertThat(choices.search("Mỹ Hòa " + prefix, user)).extracting(UnitChoice::code)
			.containsExactly(homeCommune.getCode());
		assertThat(choices.search("hoa " + key, user)).extracting(UnitChoice::parentName)
			.containsExactly(home.getName());
		assertThat(choices.children(home.getId(), user)).extracting(UnitChoice::code)
			.containsExactly(homeCommune.getCode());
		assertThat(choices.byCodes(List.of(foreignCommune.getCode(), homeCommune.getCode()), user))
			.extracting(UnitChoice::code)
			.containsExactly(homeCommune.getCode());
		assertThatThrownBy(() -> choices.children(foreign.getId(), user)).isInstanceOf(NotFoundException.class);

		mvc.perform(get("/units/choices").param("q", "my hoa " + key).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"code\":\"" + homeCommune.getCode() + "\"")))
			.andExpect(content().string(not(containsString(foreignCommune.getCode()))));
		mvc.perform(get("/units/choices").param("parent", String.valueOf(foreign.getId())).with(users.as(officer)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/units/choices").param("codes", foreignCommune.getCode()).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(foreignCommune.getCode()))));
		mvc.perform(get("/units/choices").with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"code\":\"" + home.getCode() + "\"")))
			.andExpect(content().string(containsString("\"childCount\":1")));
	}

	@Test
	void aMovementFormShowsEveryErrorAtOnceNotOneAfterTheFirstIsFixed() throws Exception {
		mvc.perform(post("/movements").with(users.as(officer))
			.with(csrf())
			.param("name", "")
			.param("code", prefix + "-PT2")
			.param("kind", "REGULAR")
			.param("launchingUnitCode", home.getCode())
			.param("authority", "UBND tỉnh")
			.param("startDate", "01/01/2025")
			.param("endDate", "31/12/2024")
			.param("registrationDeadline", "31/01/2025")
			.param("leadUnitCode", prefix + "-KHONG-CO")
			.param("reporting", "HALF_YEARLY")
			.param("reportDueDays", "10")
			.header("Accept-Language", "vi-VN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không được để trống.")))
			.andExpect(content().string(containsString("Ngày kết thúc phải sau ngày bắt đầu.")))
			.andExpect(content().string(containsString("Hạn đăng ký phải trước ngày kết thúc phong trào.")))
			.andExpect(content()
				.string(containsString("Không tìm thấy đơn vị đang hoạt động có mã " + prefix + "-KHONG-CO.")));
		mvc.perform(post("/movements").with(users.as(officer))
			.with(csrf())
			.param("name", "Phong trào thử " + prefix)
			.param("code", prefix + "-PT2")
			.param("kind", "REGULAR")
			.param("launchingUnitCode", foreign.getCode())
			.param("authority", "UBND tỉnh")
			.param("startDate", "01/01/2025")
			.param("endDate", "31/12/2025")
			.param("leadUnitCode", home.getCode())
			.param("reporting", "HALF_YEARLY")
			.param("reportDueDays", "10")
			.header("Accept-Language", "vi-VN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bạn chỉ phát động phong trào cho chính đơn vị của mình.")))
			.andExpect(
					content().string(containsString("Đơn vị chủ trì phải là đơn vị phát động hoặc đơn vị trực thuộc")));
		assertThat(jdbc.sql("select count(*) from movement where code = ?")
			.param(prefix + "-PT2")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aMovementFormRefusesAUnitOfAnotherProvinceWithAVietnameseMessage() throws Exception {
		mvc.perform(post("/movements").with(users.as(officer))
			.with(csrf())
			.param("name", "Phong trào thử " + prefix)
			.param("code", prefix + "-PT")
			.param("kind", "REGULAR")
			.param("launchingUnitCode", home.getCode())
			.param("authority", "UBND tỉnh")
			.param("startDate", "01/01/2025")
			.param("endDate", "31/12/2025")
			.param("leadUnitCode", foreignCommune.getCode())
			.param("reporting", "HALF_YEARLY")
			.param("reportDueDays", "10")
			.header("Accept-Language", "vi-VN"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Đơn vị chủ trì phải là đơn vị phát động hoặc đơn vị trực thuộc")));
		mvc.perform(post("/movements").with(users.as(officer))
			.with(csrf())
			.param("name", "Phong trào thử " + prefix)
			.param("code", prefix + "-PT")
			.param("kind", "REGULAR")
			.param("launchingUnitCode", foreign.getCode())
			.param("authority", "UBND tỉnh")
			.param("startDate", "01/01/2025")
			.param("endDate", "31/12/2025")
			.param("leadUnitCode", foreign.getCode())
			.param("reporting", "HALF_YEARLY")
			.param("reportDueDays", "10")
			.header("Accept-Language", "vi-VN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bạn chỉ phát động phong trào cho chính đơn vị của mình.")));
		assertThat(jdbc.sql("select count(*) from movement where code = ?")
			.param(prefix + "-PT")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theSearchFindsEachKindWithoutDiacriticsWithinTheUsersScopeOnly() {
		long person = tree.person(homeCommune.getId(), "Nguyễn Thị Hòa " + prefix, LocalDate.of(1980, 5, 1));
		long stranger = tree.person(foreignCommune.getId(), "Trần Văn Hòa " + prefix, LocalDate.of(1981, 5, 1));
		long proposal = proposal(homeCommune.getId(), "Đề nghị tặng Bằng khen đợt Hòa " + prefix, "17/QĐ-" + prefix);
		long foreignProposal = proposal(foreignCommune.getId(), foreign.getId(),
				"Đề nghị tặng Bằng khen đợt Hòa " + prefix, "18/QĐ-" + prefix);

		SearchResults found = search.find("hoa " + key, null, user);

		assertThat(found.people().items()).extracting(row -> row.id()).containsExactly(person).doesNotContain(stranger);
		assertThat(found.units().items()).extracting(UnitChoice::code).containsExactly(homeCommune.getCode());
		assertThat(found.proposals().items()).extracting(hit -> hit.id())
			.containsExactly(proposal)
			.doesNotContain(foreignProposal);
		assertThat(search.find("17/qd-" + key, null, user).decisions().items()).extracting(hit -> hit.id())
			.containsExactly(proposal);
		assertThat(search.find("qd-" + key, null, user).decisions().items()).extracting(hit -> hit.id())
			.containsExactly(proposal);

		CurrentUser reporter = tree.user(homeCommune.getId(), Role.UNIT_REPORTER);
		SearchResults forReporter = search.find("hoa " + key, null, reporter);
		assertThat(forReporter.peopleShown()).isFalse();
		assertThat(forReporter.people().items()).isEmpty();
		assertThat(forReporter.units().items()).extracting(UnitChoice::code).containsExactly(homeCommune.getCode());
	}

	@Test
	void theSearchPageGroupsAtMostFiveOfEachKindWithAMoreLinkAndCostsTheSameForOneOrMany() throws Exception {
		tree.person(homeCommune.getId(), "Lê Văn Đếm " + prefix, LocalDate.of(1990, 1, 1));
		proposal(homeCommune.getId(), "Đề nghị Đếm " + prefix, "1/QĐ-DEM-" + prefix);
		long withOne = statements("dem " + key);

		IntStream.range(2, 9).forEach(i -> {
			tree.person(homeCommune.getId(), "Lê Văn Đếm " + prefix + " " + i, LocalDate.of(1990, 1, i));
			proposal(homeCommune.getId(), "Đề nghị Đếm " + i + " " + prefix, i + "/QĐ-DEM-" + prefix);
			tree.unit(home.getId(), prefix + "-DEM" + i, "Xã Đếm " + i + " " + prefix, UnitKind.COMMUNE, FROM);
		});
		long withMany = statements("dem " + key);

		assertThat(search.find("dem " + key, null, user).people().items()).hasSize(Search.GROUP_LIMIT);
		assertThat(search.find("dem " + key, SearchKind.PROPOSALS, user).proposals().items()).hasSize(8);
		assertThat(withOne).as("statements are counted").isPositive();
		assertThat(withMany).isEqualTo(withOne);
		mvc.perform(get("/search").param("q", "dem " + key).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lê Văn Đếm " + prefix + " 2")))
			.andExpect(content().string(containsString("/people?q=dem%20" + key)))
			.andExpect(content().string(containsString("only=PROPOSALS")))
			.andExpect(content().string(not(containsString("Lê Văn Đếm " + prefix + " 8"))));
	}

	@Test
	void theSearchesUseTheirTrigramIndexes() {
		// the index is shown usable for the match itself; with the scope joined, a world
		// this small may be
		// read through another index first
		assertThat(plan("select p.id from award_proposal p where p.search_text like '%hoa%'"))
			.contains("award_proposal_search_trgm_idx");
		assertThat(plan("select p.id from award_proposal p where p.decision_search like '%17/qd%'"))
			.contains("award_proposal_decision_trgm_idx");
		assertThat(plan("select u.id from unit u where u.search_text like '%my hoa%'"))
			.contains("unit_search_trgm_idx");
		assertThat(plan("select p.id from person p where p.search_text like '%hoa%'"))
			.contains("person_search_trgm_idx");
		assertThat(plan("select m.id from movement m where m.search_text like '%hoa%'"))
			.contains("movement_search_trgm_idx");
	}

	@Test
	void thePickerIsOnTheMovementFormsAndTheReportsFilter() throws Exception {
		for (String page : List.of("/movements/new", "/reports/awards")) {
			mvc.perform(get(page).with(users.as(officer)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-unit-picker=\"one\"")))
				.andExpect(content().string(containsString("data-choices=\"/units/choices\"")));
		}
	}

	@Test
	void theProposingUnitsHomeShowsItsProposalsWithTheNextStepAndItsOfficerMeetsNoEmptyBoardPage() throws Exception {
		String communeOfficer = "canbo.xa." + key;
		tree.account(communeOfficer, homeCommune.getCode(), Role.OFFICER);
		long submitted = proposal(homeCommune.getId(), "Đề nghị của xã " + prefix, null);
		long atBoard = proposal(homeCommune.getId(), "Đề nghị chờ Hội đồng " + prefix, null);
		jdbc.sql("update award_proposal set status = 'VOTING' where id = ?").param(atBoard).update();
		long others = proposal(foreignCommune.getId(), foreign.getId(), "Đề nghị của xã khác " + prefix, null);

		mvc.perform(get("/").with(users.as(communeOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"own-proposals\"")))
			.andExpect(content().string(containsString("/proposals/" + submitted + "\"")))
			.andExpect(content().string(containsString("Đã trình. Việc tiếp theo: cơ quan thi đua – khen thưởng của "
					+ home.getName() + " tiếp nhận và thẩm định.")))
			.andExpect(content().string(containsString(
					"Việc tiếp theo: Hội đồng Thi đua – Khen thưởng của " + home.getName() + " họp và bỏ phiếu.")))
			.andExpect(content().string(not(containsString("/proposals/" + others + "\""))));
		mvc.perform(get("/").with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"own-proposals\""))));

		mvc.perform(get("/proposals/" + atBoard).with(users.as(communeOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"board-link\""))))
			.andExpect(content().string(containsString("id=\"awaiting-board\"")));
		mvc.perform(get("/proposals/" + atBoard + "/board").with(users.as(communeOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa có phiên họp nào về đề nghị này.")));
		mvc.perform(get("/proposals/" + atBoard).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"board-link\"")));
	}

	@Test
	void aMovementPageOpensOnTheLatestYearWithAcceptedReportsAndAFinishedMovementSaysSo() throws Exception {
		long economy = jdbc.sql("select id from movement where code = 'TV-KTXH-2021'").query(Long.class).single();
		int latest = jdbc.sql("select max(year) from progress_report where movement_id = ? and status = 'ACCEPTED'")
			.param(economy)
			.query(Integer.class)
			.single();
		// the world's movement ran to 2025 and has accepted reports of an earlier year
		// only
		assertThat(latest).isLessThan(2025);

		mvc.perform(get("/movements/" + economy).with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + latest + "\" selected")))
			.andExpect(content().string(containsString("id=\"latest-year\"")))
			.andExpect(content().string(containsString("Phong trào đã kết thúc ngày 31/12/2025")));
		mvc.perform(get("/movements/" + economy).param("year", "2025").with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2025\" selected")))
			.andExpect(content().string(not(containsString("id=\"latest-year\""))));
	}

	/**
	 * The plan PostgreSQL chooses when a full scan is made expensive, as on a large
	 * table.
	 */
	private String plan(String sql) {
		return transactions.execute(status -> {
			jdbc.sql("set local enable_seqscan = off").update();
			return String.join("\n", jdbc.sql("explain " + sql).query(String.class).list());
		});
	}

	private long statements(String query) throws Exception {
		var testUser = TestSecurityContextHolder.getContext().getAuthentication();
		var signedIn = users.as(officer);
		QueryCount.reset();
		mvc.perform(get("/search").param("q", query).with(signedIn)).andExpect(status().isOk());
		long total = QueryCount.total();
		TestSecurityContextHolder.setAuthentication(testUser);
		return total;
	}

	private long proposal(long unitId, String title, @Nullable String decisionNumber) {
		return proposal(unitId, home.getId(), title, decisionNumber);
	}

	private long proposal(long unitId, long decidingUnitId, String title, @Nullable String decisionNumber) {
		long id = tree.submittedProposal(unitId, decidingUnitId, 2025, LocalDate.of(2025, 6, 20));
		jdbc.sql("update award_proposal set title = ?, decision_number = ? where id = ?")
			.params(title, decisionNumber, id)
			.update();
		return id;
	}

}
