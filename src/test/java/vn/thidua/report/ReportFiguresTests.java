package vn.thidua.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.time.Clock;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.award.AwardEntry;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardRegistry;
import vn.thidua.award.Person;
import vn.thidua.cluster.ClusterKind;
import vn.thidua.cluster.ClusterManagement;
import vn.thidua.movement.MovementQueries;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.QueryCount;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A province of two districts with a commune each, and nine valid awards of 2025 (one
 * revoked and one of 2024 beside them) whose figures were counted by hand: the
 * statistics, their drill-down, the statutory report, the narrative and the exports must
 * all say the same.
 */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class ReportFiguresTests {

	private static Province province;

	@Autowired
	AwardStatistics statistics;

	@Autowired
	Narratives narratives;

	@Autowired
	Clock clock;

	@Autowired
	StatutoryReports statutory;

	@Autowired
	StatutoryDocuments documents;

	@Autowired
	AwardRegistry registry;

	@Autowired
	UnitManagement unitManagement;

	@Autowired
	UnitCatalog units;

	@Autowired
	ClusterManagement clusters;

	@Autowired
	MovementQueries movements;

	@Autowired
	WorldUsers users;

	@Autowired
	MockMvc mvc;

	record Province(String code, long id, long d1, long c1, long d2, long c2, long movement, long cluster) {
	}

	@BeforeEach
	void knownDataset() {
		synchronized (ReportFiguresTests.class) {
			if (province == null) {
				province = build(users.current("admin"));
			}
		}
	}

	private Province build(CurrentUser admin) {
		String code = "RP-" + Long.toString(System.nanoTime(), 36).toUpperCase();
		long vn = units.findActiveByCode("VN").orElseThrow().id();
		long id = unit(vn, code, "Tỉnh Kiểm Thử " + code, UnitKind.PROVINCE, admin);
		long d1 = unit(id, code + "-D1", "Huyện Một", UnitKind.DISTRICT, admin);
		long c1 = unit(d1, code + "-C1", "Xã Một", UnitKind.COMMUNE, admin);
		long d2 = unit(id, code + "-D2", "Huyện Hai", UnitKind.DISTRICT, admin);
		long c2 = unit(d2, code + "-C2", "Xã Hai", UnitKind.COMMUNE, admin);
		long d3 = unit(id, code + "-D3", "Huyện Ba", UnitKind.DISTRICT, admin);
		long movement = movements.findIdByCode("VHCS-2019").orElseThrow();
		Person p1 = registry.addPerson("Nguyễn Văn Một", null, "MALE", null, c1, admin);
		Person p2 = registry.addPerson("Trần Thị Hai", null, "FEMALE", null, d2, admin);
		Person p3 = registry.addPerson("Lê Văn Ba", null, "MALE", null, c2, admin);
		Person p4 = registry.addPerson("Phạm Thị Bốn", null, "FEMALE", null, c1, admin);
		award(null, d1, "BK_TTG_TT", AwardKind.MERIT, "2025-03-10", null, vn, admin);
		award(p1, c1, "BK_TTG", AwardKind.MERIT, "2025-03-10", null, vn, admin);
		award(p2, d2, "BK_TTG", AwardKind.SUDDEN, "2025-09-01", null, vn, admin);
		award(p3, c2, "BK_TINH", AwardKind.MOVEMENT, "2025-02-01", movement, id, admin);
		award(p4, c1, "BK_TINH", AwardKind.MERIT, "2025-08-15", null, id, admin);
		award(null, c1, "GK_TT", AwardKind.MOVEMENT, "2025-05-05", movement, d1, admin);
		award(p1, c1, "GK", AwardKind.MERIT, "2025-05-05", null, d1, admin);
		award(null, c2, "GK_HO", AwardKind.MOVEMENT, "2025-10-10", movement, c2, admin);
		award(null, c1, "GDVH", AwardKind.MERIT, "2025-12-01", null, c1, admin);
		long revoked = award(p2, d2, "BK_TINH", AwardKind.MERIT, "2025-04-01", null, id, admin);
		registry.revoke(revoked, "9/QĐ-UBND", "Khen nhầm", admin);
		award(p3, c2, "CSTDCS", AwardKind.MERIT, "2024-12-31", null, c2, admin);
		long cluster = clusters.create(code + "-CUM", "Cụm Kiểm Thử " + code, ClusterKind.CLUSTER, id, null, admin)
			.getId();
		clusters.openYear(cluster, 2025, Set.of(d1, d3), d1, null, admin);
		return new Province(code, id, d1, c1, d2, c2, movement, cluster);
	}

	private long unit(long parent, String code, String name, UnitKind kind, CurrentUser admin) {
		return unitManagement.create(parent, new UnitDetails(code, name, kind, LocalDate.of(2020, 1, 1)), admin)
			.getId();
	}

	private long award(Person person, long unit, String type, AwardKind kind, String date, Long movement,
			long decidingUnit, CurrentUser admin) {
		LocalDate decided = LocalDate.parse(date);
		String subject = person != null ? person.getFullName()
				: type.endsWith("_HO") || type.equals("GDVH") ? "Hộ ông Nguyễn Văn Năm" : units.get(unit).name();
		return registry
			.record(new AwardEntry(person == null ? null : person.getId(), unit, type, kind, decided.getYear(),
					"RP/" + date, decided, "Người ký", "UBND", subject, null, units.get(decidingUnit).name(), movement,
					decidingUnit), admin)
			.getId();
	}

	private CurrentUser admin() {
		return users.current("admin");
	}

	private Statistics stats(Half half, Dimension dimension) {
		return statistics.statistics(
				new StatisticsQuery(ReportPeriod.of(2025, half), province.id(), null, null, null, null, dimension),
				admin());
	}

	private static Map<String, Counts> byKey(Statistics statistics) {
		return statistics.rows().stream().collect(Collectors.toMap(Figures::key, Figures::counts));
	}

	@Test
	void theYearAndItsHalvesCountCollectivesIndividualsAndHouseholdsWithoutTheRevokedAward() {
		assertThat(stats(Half.YEAR, Dimension.TYPE).total().counts()).isEqualTo(new Counts(2, 5, 2));
		assertThat(stats(Half.FIRST, Dimension.TYPE).total().counts()).isEqualTo(new Counts(2, 3, 0));
		assertThat(stats(Half.SECOND, Dimension.TYPE).total().counts()).isEqualTo(new Counts(0, 2, 2));
		assertThat(byKey(stats(Half.YEAR, Dimension.TYPE))).containsOnly(Map.entry("BK_TTG_TT", new Counts(1, 0, 0)),
				Map.entry("BK_TTG", new Counts(0, 2, 0)), Map.entry("BK_TINH", new Counts(0, 2, 0)),
				Map.entry("GK_TT", new Counts(1, 0, 0)), Map.entry("GK", new Counts(0, 1, 0)),
				Map.entry("GK_HO", new Counts(0, 0, 1)), Map.entry("GDVH", new Counts(0, 0, 1)));
	}

	@Test
	void levelsUnitsMovementsClustersAndYearsAddUp() {
		assertThat(byKey(stats(Half.YEAR, Dimension.LEVEL))).containsOnly(Map.entry("GOVERNMENT", new Counts(1, 2, 0)),
				Map.entry("PROVINCE", new Counts(0, 2, 0)), Map.entry("DISTRICT", new Counts(1, 1, 0)),
				Map.entry("COMMUNE", new Counts(0, 0, 2)));
		assertThat(byKey(stats(Half.YEAR, Dimension.UNIT))).containsOnly(
				Map.entry(String.valueOf(province.d1()), new Counts(2, 3, 1)),
				Map.entry(String.valueOf(province.d2()), new Counts(0, 2, 1)));
		assertThat(byKey(stats(Half.YEAR, Dimension.MOVEMENT))).containsOnly(
				Map.entry(String.valueOf(province.movement()), new Counts(1, 1, 1)),
				Map.entry("", new Counts(1, 4, 1)));
		assertThat(byKey(stats(Half.YEAR, Dimension.CLUSTER)))
			.containsOnly(Map.entry(String.valueOf(province.cluster()), new Counts(2, 3, 1)));
		Statistics years = statistics.statistics(new StatisticsQuery(new ReportPeriod(2024, 2025, Half.YEAR),
				province.id(), null, null, null, null, Dimension.YEAR), admin());
		assertThat(byKey(years)).containsOnly(Map.entry("2024", new Counts(0, 1, 0)),
				Map.entry("2025", new Counts(2, 5, 2)));
		Statistics clusterOnly = statistics.statistics(new StatisticsQuery(ReportPeriod.of(2025, Half.YEAR),
				province.id(), null, null, null, province.cluster(), Dimension.TYPE), admin());
		assertThat(clusterOnly.total().counts()).isEqualTo(new Counts(2, 3, 1));
	}

	@Test
	void everyFigureLinksToARegistryListOfExactlyThatManyAwards() throws Exception {
		for (Dimension dimension : List.of(Dimension.UNIT, Dimension.MOVEMENT, Dimension.CLUSTER)) {
			Statistics s = stats(Half.YEAR, dimension);
			for (Figures row : s.rows()) {
				assertThat(listed(row.individualsLink())).as(row.label()).isEqualTo(row.counts().individuals());
				assertThat(listed(row.totalLink())).as(row.label()).isEqualTo(row.counts().total());
			}
		}
		Statistics firstHalf = stats(Half.FIRST, Dimension.TYPE);
		assertThat(listed(firstHalf.total().collectivesLink())).isEqualTo(2);
		assertThat(listed(firstHalf.total().householdsLink())).isZero();
	}

	/**
	 * The registry page behind a link: its total and the rows on its page.
	 */
	private long listed(String link) throws Exception {
		var signedIn = TestSecurityContextHolder.getContext().getAuthentication();
		String html = mvc.perform(get(link).with(users.as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		TestSecurityContextHolder.setAuthentication(signedIn);
		Matcher total = Pattern.compile("id=\"drilldownTotal\">(\\d+)").matcher(html);
		assertThat(total.find()).as(link).isTrue();
		long rows = html.split("<tr", -1).length - 2;
		assertThat(Math.max(rows, 0)).as("rows listed at %s", link).isEqualTo(Long.parseLong(total.group(1)));
		return Long.parseLong(total.group(1));
	}

	@Test
	void aDistrictOfficerSeesOnlyTheirDistrict() {
		CurrentUser officer = new CurrentUser(0, "canbo.d1", "Cán bộ huyện Một", province.d1(), Set.of(Role.OFFICER));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> statistics.statistics(new StatisticsQuery(ReportPeriod.of(2025, Half.YEAR), province.id(),
					null, null, null, null, Dimension.TYPE), officer));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> narratives.forUnit(province.d2(), ReportPeriod.of(2025, Half.YEAR), officer));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> statutory.report(province.d2(), ReportPeriod.of(2025, Half.YEAR), officer));
		Statistics own = statistics.statistics(new StatisticsQuery(ReportPeriod.of(2025, Half.YEAR), province.d1(),
				null, null, null, null, Dimension.UNIT), officer);
		assertThat(own.total().counts()).isEqualTo(new Counts(2, 3, 1));
	}

	@Test
	void theStatutoryReportCountsEachFormBySubjectAndKind() {
		StatutoryReport report = statutory.report(province.id(), ReportPeriod.of(2025, Half.YEAR), admin());
		Map<FormLine, StatutoryReport.Line> lines = report.lines()
			.stream()
			.collect(Collectors.toMap(StatutoryReport.Line::form, line -> line));
		assertThat(lines.get(FormLine.BK_TTG).counts()).isEqualTo(new Counts(1, 2, 0));
		assertThat(lines.get(FormLine.BK_TTG).byKind()).containsOnly(Map.entry(AwardKind.MERIT, 2L),
				Map.entry(AwardKind.SUDDEN, 1L));
		assertThat(lines.get(FormLine.BK_TINH).counts()).isEqualTo(new Counts(0, 2, 0));
		assertThat(lines.get(FormLine.GK_DISTRICT).counts()).isEqualTo(new Counts(1, 1, 0));
		assertThat(lines.get(FormLine.GK_COMMUNE).counts()).isEqualTo(new Counts(0, 0, 1));
		assertThat(lines.get(FormLine.GDVH).counts()).isEqualTo(new Counts(0, 0, 1));
		assertThat(lines.get(FormLine.CSTDCS).counts()).isEqualTo(Counts.NONE);
		assertThat(lines).doesNotContainKey(FormLine.OTHER);
		assertThat(report.total().counts()).isEqualTo(new Counts(2, 5, 2));
		assertThat(report.total().byKind()).containsOnly(Map.entry(AwardKind.MERIT, 5L),
				Map.entry(AwardKind.SUDDEN, 1L), Map.entry(AwardKind.MOVEMENT, 3L));
		assertThat(report.clusters()).singleElement().satisfies(c -> {
			assertThat(c.members()).isEqualTo(2);
			assertThat(c.leader()).isEqualTo("Huyện Một");
		});
		StatutoryReport firstHalf = statutory.report(province.id(), ReportPeriod.of(2025, Half.FIRST), admin());
		assertThat(firstHalf.total().counts()).isEqualTo(new Counts(2, 3, 0));
	}

	@Test
	void theNarrativeStatesTheHandCountedFiguresInTheSeedArticlesStyle() {
		String text = narratives.forUnit(province.id(), ReportPeriod.of(2025, Half.YEAR), admin()).text();
		List<String> paragraphs = List.of(text.split("\n\n"));
		assertThat(paragraphs.get(0)).isEqualTo("Năm 2025, tỉnh Kiểm Thử " + province.code()
				+ " có 09 lượt tập thể, cá nhân, hộ gia đình được khen thưởng, gồm 02 tập thể, 05 cá nhân, 02 hộ gia đình.");
		assertThat(paragraphs.get(1))
			.isEqualTo("Trong đó, Thủ tướng Chính phủ đã tặng Bằng khen cho 01 tập thể, 02 cá nhân; "
					+ "Chủ tịch UBND tỉnh đã tặng Bằng khen cho 02 cá nhân; "
					+ "Chủ tịch UBND cấp huyện đã tặng Giấy khen cho 01 tập thể, 01 cá nhân; "
					+ "Chủ tịch UBND cấp xã đã công nhận danh hiệu Gia đình văn hóa cho 01 hộ gia đình; "
					+ "Chủ tịch UBND cấp xã đã tặng Giấy khen cho 01 hộ gia đình.");
		assertThat(paragraphs.get(2)).isEqualTo(
				"Trong tổng số trên có 01 lượt khen thưởng đột xuất và 03 lượt khen thưởng theo phong trào thi đua, chuyên đề.");
		String secondHalf = narratives.forUnit(province.d2(), ReportPeriod.of(2025, Half.SECOND), admin()).text();
		assertThat(secondHalf).startsWith("6 tháng cuối năm 2025, huyện Hai có 02 lượt tập thể, cá nhân, hộ gia đình "
				+ "được khen thưởng, gồm 01 cá nhân, 01 hộ gia đình.");
		assertThat(secondHalf).doesNotContain("tập thể, 0", " 00 ", "cho ;");
		assertThat(narratives.forUnit(province.c2(), ReportPeriod.of(2023, Half.YEAR), admin()).text())
			.startsWith("Năm 2023, xã Hai chưa có khen thưởng nào");
	}

	@Test
	void theStatutoryWorkbookHasVietnameseTextNumbersAsNumbersAndDatesAsDates() throws Exception {
		StatutoryReport report = statutory.report(province.id(), ReportPeriod.of(2025, Half.YEAR), admin());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		documents.xlsx(report, out);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(1).getCellText(0)).isEqualTo("Báo cáo thống kê thi đua, khen thưởng năm 2025");
			Row bkTtg = rows.stream()
				.filter(r -> "Bằng khen của Thủ tướng Chính phủ".equals(r.getCellText(0)))
				.findFirst()
				.orElseThrow();
			assertThat(bkTtg.getCell(1).getType()).isEqualTo(CellType.NUMBER);
			assertThat(bkTtg.getCellAsNumber(1)).hasValue(new java.math.BigDecimal(3));
			Row total = rows.getLast();
			assertThat(total.getCellText(0)).isEqualTo("Tổng cộng");
			assertThat(total.getCellAsNumber(1)).hasValue(new java.math.BigDecimal(9));
			List<Row> movementRows = workbook.getSheet(1).orElseThrow().read();
			assertThat(movementRows.get(0).getCellText(0)).isEqualTo("Phong trào thi đua");
			Row vhcs = movementRows.stream().skip(1).findFirst().orElseThrow();
			assertThat(vhcs.getCell(4).getType()).isEqualTo(CellType.NUMBER);
			assertThat(vhcs.getCellAsDate(4)).isPresent();
		}
	}

	@Test
	void theStatutoryAndNarrativePdfsKeepTheirDiacritics() throws Exception {
		StatutoryReport report = statutory.report(province.id(), ReportPeriod.of(2025, Half.YEAR), admin());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		documents.pdf(report, out);
		assertThat(text(out.toByteArray())).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"BÁO CÁO THỐNG KÊ THI ĐUA, KHEN THƯỞNG NĂM 2025", "Bằng khen của Thủ tướng Chính phủ",
				"Giấy khen của Chủ tịch UBND cấp huyện");
		ByteArrayOutputStream narrative = new ByteArrayOutputStream();
		narratives
			.pdf(province.id(), "Tóm tắt năm 2025", "Đoạn một có dấu: Thủ tướng.\n\nĐoạn hai: hộ gia đình.", admin())
			.content()
			.writeTo(narrative);
		assertThat(text(narrative.toByteArray())).contains("TÓM TẮT NĂM 2025", "Đoạn một có dấu: Thủ tướng.",
				"Đoạn hai: hộ gia đình.");
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void aUnitOutsideTheScopeAndAReversedSpanOfYearsAreExplainedOnTheForm() throws Exception {
		String outside = mvc.perform(get("/reports/awards?year=2025&unit=ND").with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reversed = mvc.perform(get("/reports/awards?year=2025&toYear=2020&unit=TV").with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(outside).contains("Không có đơn vị mã &quot;ND&quot; trong phạm vi của bạn.")
			.doesNotContain("id=\"statistics\"");
		assertThat(reversed).contains("Khoảng năm không hợp lệ").doesNotContain("id=\"statistics\"");
	}

	@Test
	void aYearOutOfRangeIsExplainedOnTheFormAndCountsNothing() throws Exception {
		String html = mvc.perform(get("/reports/awards?year=3000").with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("is-invalid").contains("2100").doesNotContain("id=\"statistics\"");
	}

	@Test
	void aMovementWhoseNameQuotesPartOfItselfIsNotQuotedAgain() {
		int year = LocalDate.now(clock).getYear();
		long id = movements.findIdByCode("TV-BDHVS-" + year).orElseThrow();

		Narrative narrative = narratives.forMovement(id, year, users.current("officer.tv"));

		assertThat(narrative.title()).isEqualTo(
				"Tóm tắt kết quả phong trào thi đua Thi đua “Bình dân học vụ số” – phổ cập kỹ năng số cho người dân năm "
						+ year);
		assertThat(narrative.text()).doesNotContain("““").doesNotContain("”” ");
	}

	@Test
	void theStatisticsPageCostsTheSameStatementsForMoreUnitsAndAwards() throws Exception {
		CurrentUser admin = admin();
		Province other = build(admin);
		String page = "/reports/awards?year=2025&by=UNIT&unit=" + other.code();
		statements(page); // what the application reads once (award types, a subtree's
							// size) is read here
		long before = statements(page);
		long d4 = unit(other.id(), other.code() + "-D4", "Huyện Bốn", UnitKind.DISTRICT, admin);
		for (int i = 0; i < 4; i++) {
			long commune = unit(d4, other.code() + "-D4-" + i, "Xã Bốn " + i, UnitKind.COMMUNE, admin);
			award(null, commune, "GK_TT", AwardKind.MERIT, "2025-06-0" + (i + 1), null, d4, admin);
		}
		long after = statements(page);
		assertThat(before).isPositive();
		assertThat(after).isEqualTo(before);
	}

	private long statements(String path) throws Exception {
		var signedIn = TestSecurityContextHolder.getContext().getAuthentication();
		QueryCount.reset();
		mvc.perform(get(path).with(users.as("admin"))).andExpect(status().isOk());
		long total = QueryCount.total();
		TestSecurityContextHolder.setAuthentication(signedIn);
		return total;
	}

}
