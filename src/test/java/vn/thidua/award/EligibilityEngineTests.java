package vn.thidua.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.QueryCount;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every seeded rule with a passing case, a failing case and its boundary, judged against
 * a real registry on the receipt date.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class EligibilityEngineTests {

	private static final LocalDate RECEIVED = LocalDate.of(2025, 3, 1);

	private static final Locale VIETNAMESE = Locale.of("vi", "VN");

	/**
	 * Not a name of the test world, so that registry look-ups elsewhere find only its
	 * records.
	 */
	private static final String NAME = "Lâm Thị Kiểm Thử";

	@Autowired
	EligibilityEngine engine;

	@Autowired
	AwardRegistry registry;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	@Autowired
	UnitManagement unitManagement;

	@Autowired
	MessageSource messages;

	CurrentUser officer;

	long caungang;

	long person;

	@BeforeEach
	void aPersonOfCauNgang() {
		officer = users.current("officer.tv");
		caungang = units.findActiveByCode("TV-CN").orElseThrow().id();
		person = registry.addPerson(NAME, LocalDate.of(1985, 4, 2), "FEMALE", "Chuyên viên", caungang, officer).getId();
	}

	@Test
	void bkTinhNeedsTwoConsecutiveGrassrootsFighterYearsAndExplainsTheGap() {
		award("CSTDCS", 2023, AwardKind.MERIT);

		RuleResult failed = result("BK_TINH", 2024, "BK_TINH_LADDER");
		assertThat(failed.passed()).isFalse();
		assertThat(failed.blocks()).isTrue();
		assertThat(text(failed)).isEqualTo("Chưa đủ 2 năm liên tục Chiến sĩ thi đua cơ sở: có 2023, thiếu 2024.");
		assertThat(failed.legalSource()).contains("Điều 74");

		award("CSTDCS", 2024, AwardKind.MERIT);
		assertThat(text(result("BK_TINH", 2024, "BK_TINH_LADDER")))
			.isEqualTo("Đủ 2 năm liên tục Chiến sĩ thi đua cơ sở: 2023, 2024.");
	}

	@Test
	void awardsOfAMovementOrSuddenKindDoNotCountTowardLadders() {
		award("CSTDCS", 2023, AwardKind.MOVEMENT);
		award("CSTDCS", 2024, AwardKind.SUDDEN);

		assertThat(text(result("BK_TINH", 2024, "BK_TINH_LADDER")))
			.isEqualTo("Chưa đủ 2 năm liên tục Chiến sĩ thi đua cơ sở: có —, thiếu 2023, 2024. Không được tính: "
					+ "năm 2023 (QĐ 100/QĐ-UBND) là khen thưởng theo phong trào, chuyên đề; "
					+ "năm 2024 (QĐ 100/QĐ-UBND) là khen thưởng đột xuất.");
	}

	@Test
	void aRevokedAwardDoesNotCount() {
		award("CSTDCS", 2023, AwardKind.MERIT);
		long revoked = award("CSTDCS", 2024, AwardKind.MERIT);
		registry.revoke(revoked, "15/QĐ-UBND", "Thành tích không đúng sự thật", officer);

		assertThat(result("BK_TINH", 2024, "BK_TINH_LADDER").passed()).isFalse();
	}

	@Test
	void bkTinhAlsoPassesOnTwoExcellentYearsWithTwoInitiatives() {
		rate(2023, Rating.EXCELLENT);
		rate(2024, Rating.EXCELLENT);
		registry.recogniseInitiative(person, 2023, "Số hóa hồ sơ một cửa", Influence.UNIT, officer);
		assertThat(result("BK_TINH", 2024, "BK_TINH_LADDER").passed()).isFalse();

		registry.recogniseInitiative(person, 2024, "Bản đồ số hộ nghèo", Influence.UNIT, officer);
		RuleResult passed = result("BK_TINH", 2024, "BK_TINH_LADDER");
		assertThat(passed.passed()).isTrue();
		assertThat(passed.messageKey()).isEqualTo("rule.consecutive.alternative");
	}

	@Test
	void provincialFighterNeedsThreeConsecutiveYearsWithoutAGap() {
		award("CSTDCS", 2022, AwardKind.MERIT);
		award("CSTDCS", 2024, AwardKind.MERIT);
		assertThat(text(result("CSTD_TINH", 2024, "CSTD_TINH_LADDER")))
			.isEqualTo("Chưa đủ 3 năm liên tục Chiến sĩ thi đua cơ sở: có 2022, 2024, thiếu 2023.");

		award("CSTDCS", 2023, AwardKind.MERIT);
		assertThat(result("CSTD_TINH", 2024, "CSTD_TINH_LADDER").passed()).isTrue();
	}

	@Test
	void provincialFighterNeedsAnInitiativeOfProvincialReachWithinThreeYears() {
		registry.recogniseInitiative(person, 2024, "Cải tiến quy trình", Influence.UNIT, officer);
		assertThat(result("CSTD_TINH", 2024, "CSTD_TINH_INITIATIVE").passed()).isFalse();

		registry.recogniseInitiative(person, 2021, "Sáng kiến cũ", Influence.PROVINCE, officer);
		assertThat(result("CSTD_TINH", 2024, "CSTD_TINH_INITIATIVE").passed()).as("2021 is outside 2022–2024")
			.isFalse();

		registry.recogniseInitiative(person, 2022, "Mô hình tổ hợp tác", Influence.PROVINCE, officer);
		assertThat(result("CSTD_TINH", 2024, "CSTD_TINH_INITIATIVE").passed()).isTrue();
	}

	@Test
	void nationalFighterNeedsTwoConsecutiveProvincialTitlesAndANationalInitiative() {
		award("CSTD_TINH", 2024, AwardKind.MERIT);
		assertThat(result("CSTD_TQ", 2024, "CSTD_TQ_LADDER").passed()).isFalse();
		award("CSTD_TINH", 2023, AwardKind.MERIT);
		assertThat(result("CSTD_TQ", 2024, "CSTD_TQ_LADDER").passed()).isTrue();

		assertThat(result("CSTD_TQ", 2024, "CSTD_TQ_INITIATIVE").passed()).isFalse();
		registry.recogniseInitiative(person, 2023, "Giải pháp quốc gia", Influence.NATIONAL, officer);
		assertThat(result("CSTD_TQ", 2024, "CSTD_TQ_INITIATIVE").passed()).isTrue();
	}

	@Test
	void advancedWorkerNeedsAGoodRatingInTheYear() {
		assertThat(result("LDTT", 2024, "LDTT_RATING").messageKey()).isEqualTo("rule.rating.missing");
		rate(2024, Rating.COMPLETED);
		assertThat(text(result("LDTT", 2024, "LDTT_RATING")))
			.isEqualTo("Năm 2024 chỉ được xếp loại hoàn thành nhiệm vụ; cần từ hoàn thành tốt nhiệm vụ trở lên.");
		rate(2024, Rating.GOOD);
		assertThat(result("LDTT", 2024, "LDTT_RATING").passed()).isTrue();
	}

	@Test
	void grassrootsFighterNeedsARatingAndAnInitiativeInTheSameYear() {
		rate(2024, Rating.EXCELLENT);
		registry.recogniseInitiative(person, 2023, "Năm trước", Influence.PROVINCE, officer);
		assertThat(result("CSTDCS", 2024, "CSTDCS_RATING").passed()).isTrue();
		assertThat(result("CSTDCS", 2024, "CSTDCS_INITIATIVE").passed()).isFalse();

		registry.recogniseInitiative(person, 2024, "Năm nay", Influence.UNIT, officer);
		assertThat(result("CSTDCS", 2024, "CSTDCS_INITIATIVE").passed()).isTrue();
	}

	@Test
	void primeMinisterCertificateNeedsFiveYearsAfterTheProvincialOneWithThreeGrassrootsTitles() {
		award("BK_TINH", 2020, AwardKind.MERIT);
		for (int year = 2020; year <= 2025; year++) {
			rate(year, Rating.GOOD);
		}
		assertThat(text(result("BK_TTG", 2024, "BK_TTG_LADDER")))
			.isEqualTo("Được tặng Bằng khen cấp tỉnh năm 2020; cần 5 năm liên tục sau đó, sớm nhất xét năm 2025.");

		assertThat(result("BK_TTG", 2025, "BK_TTG_LADDER").messageKey()).isEqualTo("rule.prerequisite.awards");
		award("CSTDCS", 2021, AwardKind.MERIT);
		award("CSTDCS", 2023, AwardKind.MERIT);
		award("CSTDCS", 2025, AwardKind.MERIT);
		assertThat(result("BK_TTG", 2025, "BK_TTG_LADDER").passed()).isTrue();
	}

	@Test
	void primeMinisterCertificateFailsOnAYearRatedBelowGood() {
		award("BK_TINH", 2019, AwardKind.MERIT);
		for (int year = 2020; year <= 2024; year++) {
			rate(year, year == 2022 ? Rating.COMPLETED : Rating.GOOD);
		}
		assertThat(text(result("BK_TTG", 2024, "BK_TTG_LADDER")))
			.isEqualTo("Cần 5 năm liên tục xếp loại từ hoàn thành tốt nhiệm vụ trở lên; chưa đạt các năm 2022.");
	}

	@Test
	void thirdClassLabourOrderAlsoNeedsAnExcellentYear() {
		award("BK_TTG", 2019, AwardKind.MERIT);
		for (int year = 2020; year <= 2024; year++) {
			rate(year, Rating.GOOD);
			if (year % 2 == 0) {
				award("CSTDCS", year, AwardKind.MERIT);
			}
		}
		assertThat(result("HCLD3", 2024, "HCLD3_LADDER").messageKey()).isEqualTo("rule.prerequisite.excellent");
		rate(2023, Rating.EXCELLENT);
		assertThat(result("HCLD3", 2024, "HCLD3_LADDER").passed()).isTrue();
	}

	@Test
	void nobodyUnderAnOpenCaseIsProposedUntilTheDayAfterItEnds() {
		registry.recordDiscipline(person, "COMPLAINT", "Đơn khiếu nại ngày 10/01/2025", LocalDate.of(2025, 1, 10),
				RECEIVED, officer);
		assertThat(text(result("LDTT", 2024, "NO_PENDING_DISCIPLINE")))
			.isEqualTo("Đang có vụ việc chưa kết thúc: Đơn khiếu nại ngày 10/01/2025.");
		assertThat(check("LDTT", 2024, RECEIVED.plusDays(1)).stream()
			.filter(result -> result.ruleCode().equals("NO_PENDING_DISCIPLINE"))
			.findFirst()
			.orElseThrow()
			.passed()).isTrue();
	}

	@Test
	void theSameTitleIsNotGivenTwiceForOneYearUnlessRevoked() {
		long given = award("LDTT", 2024, AwardKind.MERIT);
		assertThat(text(result("LDTT", 2024, "ONE_FORM_PER_YEAR")))
			.isEqualTo("Đã được tặng hình thức này cho năm 2024 (quyết định số 100/QĐ-UBND).");
		registry.revoke(given, "16/QĐ-UBND", "Nhầm đối tượng", officer);
		assertThat(result("LDTT", 2024, "ONE_FORM_PER_YEAR").passed()).isTrue();
	}

	@Test
	void theProvincialFlagGoesToTheUnitThatLedItsClusterAndTheGovernmentFlagToAProvincialFlagHolder() {
		long chauThanh = units.findActiveByCode("TV-CT").orElseThrow().id();
		assertThat(collective("CO_TINH", chauThanh, 2023, "CO_TINH_LEADS").passed()).isTrue();
		assertThat(collective("CO_TINH", caungang, 2023, "CO_TINH_LEADS").passed()).isFalse();
		assertThat(collective("CO_TINH", chauThanh, 2024, "CO_TINH_LEADS").passed()).isFalse();

		long duyenHai = units.findActiveByCode("TV-TXDH").orElseThrow().id();
		assertThat(collective("CO_CP", duyenHai, 2023, "CO_CP_HOLDS_CO_TINH").passed()).isFalse();
		registry.record(new AwardEntry(null, duyenHai, "CO_TINH", AwardKind.MERIT, 2023, "251/QĐ-UBND",
				LocalDate.of(2024, 2, 1), "Lê Văn Hẳn", "Chủ tịch UBND tỉnh Trà Vinh", "Thị xã Duyên Hải", "TV-TXDH",
				"UBND tỉnh Trà Vinh"), officer);
		assertThat(collective("CO_CP", duyenHai, 2023, "CO_CP_HOLDS_CO_TINH").passed()).isTrue();
	}

	@Test
	void rulesNotYetInForceOnTheReceiptDateAreNotApplied() {
		assertThat(check("BK_TINH", 2023, LocalDate.of(2023, 12, 31))).isEmpty();
		assertThat(check("BK_TINH", 2023, LocalDate.of(2024, 1, 1))).extracting(RuleResult::ruleCode)
			.contains("BK_TINH_LADDER", "NO_PENDING_DISCIPLINE", "ONE_FORM_PER_YEAR");
	}

	@Test
	void advancedCollectiveNeedsMoreThanHalfItsMembersAdvancedWorkers() {
		Collective team = collective(10);
		team.members().subList(0, 5).forEach(member -> award(member, team.unitId(), "LDTT", 2024, AwardKind.MERIT));

		RuleResult half = collective("TTLDTT", team.unitId(), 2024, "TTLDTT_MEMBERS_LDTT");
		assertThat(half.blocks()).as("exactly 50 % is not more than half").isTrue();
		assertThat(text(half))
			.isEqualTo("Chỉ có 5/10 thành viên (50 %) đạt Lao động tiên tiến năm 2024, cần trên 50 %.");
		assertThat(text(half, Locale.ENGLISH))
			.isEqualTo("Only 5 of 10 members (50 %) hold Advanced worker in 2024; more than 50 % needed.");
		assertThat(half.legalSource()).isEqualTo("Luật Thi đua, khen thưởng 2022, Điều 28");

		award(team.members().get(5), team.unitId(), "LDTT", 2024, AwardKind.MERIT);
		assertThat(text(collective("TTLDTT", team.unitId(), 2024, "TTLDTT_MEMBERS_LDTT")))
			.isEqualTo("Có 6/10 thành viên (60 %) đạt Lao động tiên tiến năm 2024, cần trên 50 %.");
		assertThat(collective("TTLDTT", team.unitId(), 2023, "TTLDTT_MEMBERS_LDTT").passed())
			.as("the members' titles of another year")
			.isFalse();
	}

	@Test
	void aRevokedMemberTitleDoesNotCountForTheCollective() {
		Collective team = collective(4);
		List<Long> given = team.members()
			.subList(0, 3)
			.stream()
			.map(member -> award(member, team.unitId(), "LDTT", 2024, AwardKind.MERIT))
			.toList();
		assertThat(collective("TTLDTT", team.unitId(), 2024, "TTLDTT_MEMBERS_LDTT").passed()).isTrue();

		registry.revoke(given.getFirst(), "17/QĐ-UBND", "Thành tích không đúng sự thật", officer);
		assertThat(text(collective("TTLDTT", team.unitId(), 2024, "TTLDTT_MEMBERS_LDTT")))
			.isEqualTo("Chỉ có 2/4 thành viên (50 %) đạt Lao động tiên tiến năm 2024, cần trên 50 %.");
	}

	@Test
	void aCollectiveWithoutMembersHasNoShareToShow() {
		Collective empty = collective(0);
		assertThat(text(collective("TTLDTT", empty.unitId(), 2024, "TTLDTT_MEMBERS_LDTT")))
			.isEqualTo("Tập thể chưa có thành viên nào trong sổ đăng ký.");
	}

	@Test
	void advancedCollectiveNeedsTheUnitRatedGood() {
		Collective team = collective(1);
		assertThat(collective("TTLDTT", team.unitId(), 2024, "TTLDTT_RATING").messageKey())
			.isEqualTo("rule.rating.missing");
		registry.rateUnit(team.unitId(), 2024, Rating.COMPLETED, officer);
		assertThat(text(collective("TTLDTT", team.unitId(), 2024, "TTLDTT_RATING")))
			.isEqualTo("Năm 2024 chỉ được xếp loại hoàn thành nhiệm vụ; cần từ hoàn thành tốt nhiệm vụ trở lên.");
		registry.rateUnit(team.unitId(), 2024, Rating.GOOD, officer);
		assertThat(collective("TTLDTT", team.unitId(), 2024, "TTLDTT_RATING").passed()).isTrue();
	}

	@Test
	void aMemberReprimandedDoesNotBlockTheCollectiveButAWarningDoes() {
		Collective team = collective(3);
		registry.recordDiscipline(team.members().get(0), DisciplinePenalty.REPRIMAND, "Khiển trách do đi muộn",
				LocalDate.of(2024, 5, 6), LocalDate.of(2024, 11, 6), officer);
		registry.recordDiscipline(team.members().get(1), DisciplinePenalty.WARNING, "Cảnh cáo năm trước",
				LocalDate.of(2023, 4, 3), LocalDate.of(2024, 4, 3), officer);
		for (String type : List.of("TTLDTT", "TTLDXS")) {
			assertThat(text(collective(type, team.unitId(), 2024, type + "_NO_DISCIPLINE")))
				.isEqualTo("Năm 2024 không có thành viên nào bị kỷ luật từ hình thức cảnh cáo trở lên.");
		}

		registry.recordDiscipline(team.members().get(2), DisciplinePenalty.WARNING, "Cảnh cáo do vi phạm quy chế",
				LocalDate.of(2024, 9, 9), LocalDate.of(2025, 9, 9), officer);
		for (String type : List.of("TTLDTT", "TTLDXS")) {
			RuleResult warned = collective(type, team.unitId(), 2024, type + "_NO_DISCIPLINE");
			assertThat(warned.blocks()).isTrue();
			assertThat(text(warned))
				.isEqualTo("Năm 2024 có 1 thành viên bị kỷ luật từ hình thức cảnh cáo trở lên: Thành Viên Kiểm Thử 3.");
		}
	}

	@Test
	void excellentCollectiveNeedsTheUnitRatedExcellent() {
		Collective team = collective(1);
		registry.rateUnit(team.unitId(), 2024, Rating.GOOD, officer);
		assertThat(collective("TTLDXS", team.unitId(), 2024, "TTLDXS_RATING").passed()).isFalse();
		registry.rateUnit(team.unitId(), 2024, Rating.EXCELLENT, officer);
		RuleResult excellent = collective("TTLDXS", team.unitId(), 2024, "TTLDXS_RATING");
		assertThat(text(excellent)).isEqualTo("Năm 2024 được xếp loại hoàn thành xuất sắc nhiệm vụ.");
		assertThat(excellent.legalSource()).isEqualTo("Luật Thi đua, khen thưởng 2022, Điều 27");
	}

	@Test
	void aCollectivesProvincialCertificateNeedsAnExcellentYear() {
		Collective team = collective(1);
		RuleResult unrated = collective("BK_TINH_TT", team.unitId(), 2024, "BK_TINH_TT_RATING");
		assertThat(unrated.passed()).isFalse();
		assertThat(unrated.legalSource()).contains("Điều 74");
		registry.rateUnit(team.unitId(), 2024, Rating.GOOD, officer);
		assertThat(collective("BK_TINH_TT", team.unitId(), 2024, "BK_TINH_TT_RATING").passed()).isFalse();
		registry.rateUnit(team.unitId(), 2024, Rating.EXCELLENT, officer);
		assertThat(collective("BK_TINH_TT", team.unitId(), 2024, "BK_TINH_TT_RATING").passed()).isTrue();
	}

	@Test
	void excellentCollectiveNeedsEveryMemberToCompleteTheirTasks() {
		Collective team = collective(3);
		registry.rate(team.members().get(0), 2024, Rating.EXCELLENT, officer);
		registry.rate(team.members().get(1), 2024, Rating.COMPLETED, officer);
		assertThat(text(collective("TTLDXS", team.unitId(), 2024, "TTLDXS_MEMBERS_COMPLETED"))).as("one is unrated")
			.isEqualTo("Chỉ có 2/3 thành viên (66,6 %) được xếp loại từ hoàn thành nhiệm vụ trở lên năm 2024, "
					+ "cần 100 %.");

		registry.rate(team.members().get(2), 2024, Rating.NOT_COMPLETED, officer);
		assertThat(collective("TTLDXS", team.unitId(), 2024, "TTLDXS_MEMBERS_COMPLETED").passed()).isFalse();

		registry.rate(team.members().get(2), 2024, Rating.COMPLETED, officer);
		assertThat(text(collective("TTLDXS", team.unitId(), 2024, "TTLDXS_MEMBERS_COMPLETED")))
			.isEqualTo("Có 3/3 thành viên (100 %) được xếp loại từ hoàn thành nhiệm vụ trở lên năm 2024, cần 100 %.");
	}

	@Test
	void excellentCollectiveNeedsSeventyPercentOfItsMembersAdvancedWorkers() {
		Collective team = collective(10);
		team.members().subList(0, 6).forEach(member -> award(member, team.unitId(), "LDTT", 2024, AwardKind.MERIT));
		assertThat(text(collective("TTLDXS", team.unitId(), 2024, "TTLDXS_MEMBERS_LDTT")))
			.isEqualTo("Chỉ có 6/10 thành viên (60 %) đạt Lao động tiên tiến năm 2024, cần từ 70 % trở lên.");

		award(team.members().get(6), team.unitId(), "LDTT", 2024, AwardKind.MERIT);
		RuleResult seventy = collective("TTLDXS", team.unitId(), 2024, "TTLDXS_MEMBERS_LDTT");
		assertThat(seventy.passed()).as("exactly 70 % is enough").isTrue();
		assertThat(text(seventy))
			.isEqualTo("Có 7/10 thành viên (70 %) đạt Lao động tiên tiến năm 2024, cần từ 70 % trở lên.");
	}

	@Test
	void excellentCollectiveNeedsAGrassrootsFighterAmongItsMembers() {
		Collective team = collective(2);
		long revoked = award(team.members().get(0), team.unitId(), "CSTDCS", 2024, AwardKind.MERIT);
		registry.revoke(revoked, "18/QĐ-UBND", "Nhầm đối tượng", officer);
		assertThat(text(collective("TTLDXS", team.unitId(), 2024, "TTLDXS_MEMBERS_CSTDCS")))
			.isEqualTo("Chưa đủ thành viên đạt Chiến sĩ thi đua cơ sở năm 2024: có 0, cần ít nhất 1.");

		award(team.members().get(1), team.unitId(), "CSTDCS", 2024, AwardKind.MERIT);
		assertThat(text(collective("TTLDXS", team.unitId(), 2024, "TTLDXS_MEMBERS_CSTDCS")))
			.isEqualTo("Có 1 thành viên đạt Chiến sĩ thi đua cơ sở năm 2024, cần ít nhất 1.");
	}

	@Test
	void aThousandNomineesAreCheckedInAFixedNumberOfQueries() {
		Collective team = collective(3);
		long chauThanh = units.findActiveByCode("TV-CT").orElseThrow().id();
		List<Nominee> nominees = new ArrayList<>();
		LongStream.range(0, 500)
			.forEach(key -> nominees.add(new Nominee(key, person, caungang, key % 2 == 0 ? "BK_TINH" : "LDTT", 2024)));
		LongStream.range(500, 1000)
			.forEach(key -> nominees.add(new Nominee(key, null, key % 2 == 0 ? team.unitId() : chauThanh,
					key % 3 == 0 ? "TTLDXS" : "TTLDTT", 2020 + (int) (key % 5))));
		QueryCount.reset();
		engine.check(List.of(nominees.getFirst(), nominees.getLast()), RECEIVED, caungang);
		long forTwo = QueryCount.total();

		QueryCount.reset();
		List<Eligibility> checked = engine.check(nominees, RECEIVED, caungang);

		assertThat(checked).hasSize(1000);
		assertThat(QueryCount.total()).isEqualTo(forTwo).isLessThanOrEqualTo(16);
	}

	private long award(String type, int year, AwardKind kind) {
		return award(person, caungang, type, year, kind);
	}

	private long award(long who, long unitId, String type, int year, AwardKind kind) {
		return registry
			.record(new AwardEntry(who, unitId, type, kind, year, "100/QĐ-UBND", LocalDate.of(year + 1, 1, 15),
					"Nguyễn Văn A", "Chủ tịch UBND huyện Cầu Ngang", NAME, null, "UBND huyện Cầu Ngang"), officer)
			.getId();
	}

	/**
	 * A new unit under Cầu Ngang with people of its own, so that only this test's records
	 * count among its members.
	 */
	private Collective collective(int size) {
		String code = "T-TT-" + Long.toString(System.nanoTime(), 36);
		long unit = unitManagement.create(caungang,
				new UnitDetails(code, "Tổ Kiểm Thử " + code, UnitKind.DEPARTMENT, LocalDate.of(2020, 1, 1)), officer)
			.getId();
		List<Long> members = IntStream.rangeClosed(1, size)
			.mapToObj(n -> registry.addPerson("Thành Viên Kiểm Thử " + n, null, null, null, unit, officer).getId())
			.toList();
		return new Collective(unit, members);
	}

	private void rate(int year, Rating rating) {
		registry.rate(person, year, rating, officer);
	}

	private RuleResult result(String type, int year, String rule) {
		return check(type, year, RECEIVED).stream()
			.filter(result -> result.ruleCode().equals(rule))
			.findFirst()
			.orElseThrow();
	}

	private RuleResult collective(String type, long unitId, int year, String rule) {
		return engine.check(List.of(new Nominee(1, null, unitId, type, year)), RECEIVED, unitId)
			.getFirst()
			.results()
			.stream()
			.filter(result -> result.ruleCode().equals(rule))
			.findFirst()
			.orElseThrow();
	}

	private List<RuleResult> check(String type, int year, LocalDate received) {
		return engine.check(List.of(new Nominee(1, person, caungang, type, year)), received, caungang)
			.getFirst()
			.results();
	}

	private String text(RuleResult result) {
		return text(result, VIETNAMESE);
	}

	private String text(RuleResult result, Locale locale) {
		return messages.getMessage(result.messageKey(), Arrays.copyOf(result.args(), result.args().length), locale);
	}

	private record Collective(long unitId, List<Long> members) {

	}

}
