package vn.thidua.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardEntry;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardLevel;
import vn.thidua.award.AwardRegistry;
import vn.thidua.award.AwardType;
import vn.thidua.award.Person;
import vn.thidua.award.Subject;
import vn.thidua.report.FilledForm.Cell;
import vn.thidua.report.StatisticalForm.Column;
import vn.thidua.report.StatisticalForm.Line;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A province of two districts with awards of every level the forms count, decided inside
 * and just outside the statistical year 2025 (01/12/2024 – 30/11/2025), counted by hand:
 * the forms must say what the statistics page and the statutory report say for the same
 * unit and period, print "Không có số liệu" where the product holds nothing, and refuse
 * another province's officer.
 */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class StatisticalFormsTests {

	private static World world;

	@Autowired
	TreeFixture fixture;

	@Autowired
	StatisticalFormReports forms;

	@Autowired
	StatisticalFormDocuments documents;

	@Autowired
	AwardStatistics statistics;

	@Autowired
	StatutoryReports statutory;

	@Autowired
	AwardRegistry registry;

	@Autowired
	AwardCatalog catalog;

	@Autowired
	UnitCatalog units;

	@Autowired
	WorldUsers users;

	@Autowired
	MockMvc mvc;

	record World(String code, long province, long d1, long d2, long other, String otherOfficer) {
	}

	private static final ReportPeriod YEAR = ReportPeriod.of(2025, Half.STATISTICAL_YEAR);

	@BeforeEach
	void knownDataset() {
		synchronized (StatisticalFormsTests.class) {
			if (world == null) {
				world = build();
			}
		}
	}

	private World build() {
		CurrentUser admin = fixture.system();
		String code = fixture.prefix();
		LocalDate from = LocalDate.of(2020, 1, 1);
		long vn = fixture.root();
		long province = fixture.unit(vn, code, "Tỉnh Biểu Mẫu " + code, UnitKind.PROVINCE, from).getId();
		long d1 = fixture.unit(province, code + "-D1", "Huyện Một", UnitKind.DISTRICT, from).getId();
		long d2 = fixture.unit(province, code + "-D2", "Huyện Hai", UnitKind.DISTRICT, from).getId();
		long other = fixture.unit(vn, code + "-Q", "Tỉnh Khác " + code, UnitKind.PROVINCE, from).getId();
		String officer = code.toLowerCase() + ".canbo";
		fixture.account(officer, code + "-Q", Role.OFFICER);
		Person p1 = registry.addPerson("Nguyễn Văn Một", null, "MALE", null, d1, admin);
		Person p2 = registry.addPerson("Trần Thị Hai", null, "FEMALE", null, d2, admin);
		Person p3 = registry.addPerson("Lê Văn Ba", null, "MALE", null, d1, admin);
		// the State and the Prime Minister: 0602
		award(p1, d1, "BK_TTG", AwardKind.MERIT, "2025-03-10", vn, admin);
		award(null, d1, "BK_TTG_TT", AwardKind.SUDDEN, "2025-09-01", vn, admin);
		award(p2, d2, "HCLD3", AwardKind.DEDICATION, "2024-12-15", vn, admin);
		// the province: 0603
		award(p3, d1, "BK_TINH", AwardKind.FOREIGN, "2025-02-01", province, admin);
		award(null, d2, "BK_TINH_HO", AwardKind.MERIT, "2025-05-05", province, admin);
		award(p1, d1, "CSTD_TINH", AwardKind.MERIT, "2025-04-01", province, admin);
		award(null, d2, "CO_TINH", AwardKind.SENIORITY, "2025-06-01", province, admin);
		// in neither form, or outside the period, or revoked
		award(p1, d1, "GK", AwardKind.MERIT, "2025-05-05", d1, admin);
		award(p2, d2, "BK_TINH", AwardKind.MERIT, "2025-12-10", province, admin);
		award(p3, d1, "BK_TTG", AwardKind.MERIT, "2024-11-30", vn, admin);
		long revoked = award(p3, d1, "BK_TINH", AwardKind.MERIT, "2025-04-01", province, admin);
		registry.revoke(revoked, "9/QĐ-UBND", "Khen nhầm", admin);
		return new World(code, province, d1, d2, other, officer);
	}

	private long award(Person person, long unit, String type, AwardKind kind, String date, long decidingUnit,
			CurrentUser admin) {
		LocalDate decided = LocalDate.parse(date);
		String subject = person != null ? person.getFullName()
				: type.endsWith("_HO") ? "Hộ ông Nguyễn Văn Năm" : units.get(unit).name();
		return registry
			.record(new AwardEntry(person == null ? null : person.getId(), unit, type, kind, decided.getYear(),
					"BM/" + date + "/" + type, decided, "Người ký", "UBND", subject, null,
					units.get(decidingUnit).name(), null, decidingUnit), admin)
			.getId();
	}

	private FilledForm fill(String form) {
		return forms.fill(form, world.province(), YEAR, fixture.system());
	}

	private static long value(FilledForm form, String code, int column) {
		Cell cell = form.cell(code, column);
		assertThat(cell.notHeld()).as("%s row %s column %d is held", form.form().code(), code, column).isFalse();
		return cell.value();
	}

	@Test
	void theStateFormCountsTheStateAndThePrimeMinistersAwardsOfTheStatisticalYear() {
		FilledForm form = fill("0602");
		assertThat(form.form().code()).isEqualTo("0602.N/BNV-TĐKT");
		assertThat(form.periodText()).isEqualTo("Năm 2025 (từ ngày 01/12 năm trước đến ngày 30/11/2025)");
		assertThat(form.statutoryPeriod()).isTrue();
		// columns: 0 total, 1-2 orders (collective, individual), 7 flag, 8-9 PM's
		// certificate, 10 CSTĐ toàn quốc
		assertThat(value(form, "01", 0)).isEqualTo(3);
		assertThat(value(form, "01", 2)).isEqualTo(1);
		assertThat(value(form, "01", 8)).isEqualTo(1);
		assertThat(value(form, "01", 9)).isEqualTo(1);
		assertThat(value(form, "06", 0)).isEqualTo(1);
		assertThat(value(form, "09", 0)).isEqualTo(2);
		assertThat(value(form, "08", 0)).isZero();
		assertThat(value(form, "15", 0)).isEqualTo(1);
		assertThat(value(form, "17", 0)).isEqualTo(1);
		assertThat(value(form, "19", 2)).isEqualTo(1);
	}

	@Test
	void theProvincialFormCountsCertificatesTitlesAndFlags() {
		FilledForm form = fill("0603");
		assertThat(form.form().title()).isEqualTo(
				"SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG");
		assertThat(value(form, "01", 0)).isEqualTo(4);
		assertThat(value(form, "01", 1)).isEqualTo(2);
		assertThat(value(form, "01", 2)).isEqualTo(1);
		assertThat(value(form, "01", 3)).isEqualTo(1);
		assertThat(value(form, "02", 0)).isEqualTo(1);
		assertThat(value(form, "04", 1)).isEqualTo(1);
		assertThat(value(form, "05", 0)).isEqualTo(2);
		assertThat(value(form, "11", 0)).isEqualTo(2);
		assertThat(value(form, "14", 1)).isEqualTo(1);
		assertThat(value(form, "16", 3)).isEqualTo(1);
	}

	/**
	 * Every held figure of the subject rows, as the statistics page counts it for the
	 * same unit and period: one count per form of the catalogue, by level, each level
	 * kept where the form's column puts it.
	 */
	@Test
	void everyFigureByFormAndSubjectIsTheStatisticsPages() {
		Map<String, Map<AwardLevel, Counts>> page = catalog.types()
			.stream()
			.map(AwardType::code)
			.collect(Collectors.toMap(type -> type, this::byLevel));
		for (String number : List.of("0602", "0603")) {
			FilledForm form = fill(number);
			int checked = 0;
			for (FilledForm.Row row : form.rows()) {
				Line line = row.line();
				if (!line.held() || line.criterion().kind() != null) {
					continue;
				}
				for (int c = 0; c < form.form().columns().size(); c++) {
					Column column = form.form().columns().get(c);
					if (!column.held()) {
						assertThat(row.cells().get(c).notHeld()).isTrue();
						continue;
					}
					long expected = 0;
					for (var type : page.entrySet()) {
						for (var level : type.getValue().entrySet()) {
							FormLine formLine = FormLine.of(type.getKey(), level.getKey());
							for (Subject subject : Subject.values()) {
								if (line.criterion().matches(formLine, subject, AwardKind.MERIT)
										&& column.criterion().matches(formLine, subject, AwardKind.MERIT)) {
									expected += level.getValue().of(subject);
								}
							}
						}
					}
					assertThat(row.cells().get(c).value()).as("%s row %s column %d", number, line.code(), c)
						.isEqualTo(expected);
					checked++;
				}
			}
			assertThat(checked).isGreaterThan(10);
		}
	}

	private Map<AwardLevel, Counts> byLevel(String type) {
		Statistics s = statistics.statistics(
				new StatisticsQuery(YEAR, world.province(), type, null, null, null, Dimension.LEVEL), fixture.system());
		return s.rows().stream().collect(Collectors.toMap(row -> AwardLevel.valueOf(row.key()), Figures::counts));
	}

	/**
	 * The rows by kind, as the statutory report counts them for the same period: its
	 * lines are the forms' columns.
	 */
	@Test
	void everyFigureByKindIsTheStatutoryReports() {
		StatutoryReport report = statutory.report(world.province(), YEAR, fixture.system());
		Map<FormLine, StatutoryReport.Line> lines = report.lines()
			.stream()
			.filter(line -> line.form() != null)
			.collect(Collectors.toMap(StatutoryReport.Line::form, line -> line));
		int checked = 0;
		for (String number : List.of("0602", "0603")) {
			FilledForm form = fill(number);
			for (FilledForm.Row row : form.rows()) {
				Line line = row.line();
				if (!line.held() || line.criterion().kind() == null) {
					continue;
				}
				Column total = form.form().columns().get(0);
				long expected = total.criterion()
					.forms()
					.stream()
					.map(lines::get)
					.mapToLong(l -> l == null ? 0 : l.kind(line.criterion().kind()))
					.sum();
				assertThat(row.cells().get(0).value()).as("%s row %s", number, line.code()).isEqualTo(expected);
				checked++;
			}
		}
		assertThat(checked).isEqualTo(12);
		// the statistics page for the same period agrees on the whole
		Statistics all = statistics.statistics(
				new StatisticsQuery(YEAR, world.province(), null, null, null, null, Dimension.LEVEL), fixture.system());
		assertThat(all.total().counts()).isEqualTo(new Counts(2, 5, 1));
	}

	@Test
	void whatTheProductDoesNotHoldIsSaidNotZeroed() {
		FilledForm state = fill("0602");
		assertThat(state.cell("07", 0).notHeld()).isTrue();
		assertThat(state.cell("02", 0).notHeld()).isTrue();
		assertThat(state.cell("21", 0).notHeld()).isTrue();
		assertThat(state.cell("01", 3).notHeld()).isTrue();
		assertThat(state.missing()).extracting(FilledForm.Missing::where)
			.contains("Mã số 02", "Mã số 03", "Mã số 07", "Mã số 10", "Mã số 14", "Mã số 21", "Cột 3", "Cột 4");
		FilledForm movements = fill("0601");
		assertThat(movements.rows())
			.allSatisfy(row -> assertThat(row.cells()).allSatisfy(cell -> assertThat(cell.value()).isNull()));
		assertThat(movements.cell("01", 0).notHeld()).isTrue();
		assertThat(movements.missing()).isNotEmpty();
	}

	@Test
	void theWorkbookIsTheFormWithNumbersAsNumbers() throws Exception {
		FilledForm form = fill("0603");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		documents.xlsx(form, out);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Biểu số: 0603.N/BNV-TĐKT");
			assertThat(rows.get(1).getCellText(0))
				.isEqualTo("Ban hành kèm theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023");
			String all = rows.stream()
				.flatMap(row -> row.stream().filter(c -> c != null).map(c -> c.getText()))
				.collect(Collectors.joining("\n"));
			assertThat(all).contains("Đơn vị báo cáo: Tỉnh Biểu Mẫu " + world.code(),
					"SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG",
					"Chiến sĩ thi đua cấp bộ, cấp tỉnh", "THỦ TRƯỞNG ĐƠN VỊ", "NGƯỜI LẬP BIỂU",
					"(Ký, họ tên, đóng dấu)")
				.doesNotContain("NƠI LẬP BÁO CÁO");
			Row total = row(rows, "01");
			assertThat(total.getCell(3).getType()).isEqualTo(CellType.NUMBER);
			assertThat(total.getCellAsNumber(3).orElseThrow().intValue()).isEqualTo(4);
			assertThat(total.getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(2);
			assertThat(total.getCellText(7)).isEqualTo("Không có số liệu");
			assertThat(row(rows, "05").getCellAsNumber(3).orElseThrow().intValue()).isEqualTo(2);
			assertThat(row(rows, "03").getCellText(3)).isEqualTo("Không có số liệu");
			assertThat(all)
				.contains("Mã số 03 (Trong đó: Doanh nghiệp): Sản phẩm không ghi tập thể nào là doanh nghiệp.");
		}
	}

	private static Row row(List<Row> rows, String code) {
		return rows.stream()
			.filter(r -> r.getCellCount() > 1 && code.equals(r.getCellText(1)))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theWordDocumentIsTheFormInTimesNewRoman() throws Exception {
		FilledForm form = fill("0602");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		documents.docx(form, out);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
			List<XWPFTable> tables = document.getTables();
			assertThat(tables.get(0).getRow(0).getCell(0).getText()).isEqualTo("Biểu số: 0602.N/BNV-TĐKT");
			assertThat(tables.get(0).getRow(0).getCell(1).getText())
				.isEqualTo("Đơn vị báo cáo: Tỉnh Biểu Mẫu " + world.code());
			String paragraphs = document.getParagraphs()
				.stream()
				.map(XWPFParagraph::getText)
				.collect(Collectors.joining("\n"));
			assertThat(paragraphs).contains("SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC",
					"Năm 2025 (từ ngày 01/12 năm trước đến ngày 30/11/2025)");
			assertThat(document.getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
			XWPFTable table = tables.get(1);
			assertThat(table.getRow(0).getCell(3).getText()).isEqualTo("Tổng số");
			XWPFTableRow total = docxRow(table, "01");
			assertThat(total.getCell(3).getText()).isEqualTo("3");
			assertThat(total.getCell(11).getText()).isEqualTo("1");
			assertThat(total.getCell(6).getText()).isEqualTo("Không có số liệu");
			assertThat(docxRow(table, "09").getCell(3).getText()).isEqualTo("2");
			assertThat(docxRow(table, "10").getCell(3).getText()).isEqualTo("Không có số liệu");
			String signature = tables.get(2)
				.getRows()
				.stream()
				.flatMap(r -> r.getTableCells().stream())
				.map(c -> c.getText())
				.collect(Collectors.joining("\n"));
			assertThat(signature).contains("THỦ TRƯỞNG ĐƠN VỊ", "(Ký, họ tên, đóng dấu)").doesNotContain("NƠI LẬP");
		}
	}

	private static XWPFTableRow docxRow(XWPFTable table, String code) {
		return table.getRows().stream().filter(r -> code.equals(r.getCell(1).getText())).findFirst().orElseThrow();
	}

	@Test
	void anotherProvincesOfficerIsRefused() throws Exception {
		CurrentUser officer = fixture.user(world.other(), Role.OFFICER);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> forms.fill("0602", world.province(), YEAR, officer));
		mvc.perform(get("/reports/forms/export.xlsx").param("form", "0603")
			.param("unit", world.code())
			.param("year", "2025")
			.with(users.as(world.otherOfficer()))).andExpect(status().isNotFound());
		mvc.perform(get("/reports/forms").param("form", "0603")
			.param("unit", world.code() + "-Q")
			.param("year", "2025")
			.with(users.as(world.otherOfficer()))).andExpect(status().isOk());
	}

	@Test
	void theStatisticalYearRunsFromDecemberToNovember() {
		assertThat(YEAR.from()).isEqualTo(LocalDate.of(2024, 12, 1));
		assertThat(YEAR.to()).isEqualTo(LocalDate.of(2025, 11, 30));
		FilledForm calendar = forms.fill("0602", world.province(), ReportPeriod.of(2025, Half.YEAR), fixture.system());
		// the calendar year has the certificate of 10/03 and the collective's of 01/09
		// but
		// not the order of 15/12/2024
		assertThat(calendar.cell("01", 0).value()).isEqualTo(2);
		assertThat(calendar.statutoryPeriod()).isFalse();
		assertThat(Optional.ofNullable(calendar.receivingUnit())).isEmpty();
		assertThat(calendar.inForce()).isTrue();
		// the circular applies from 10/05/2023
		assertThat(forms.fill("0603", world.province(), ReportPeriod.of(2022, Half.STATISTICAL_YEAR), fixture.system())
			.inForce()).isFalse();
		// a district reports to its province
		assertThat(forms.fill("0603", world.d1(), YEAR, fixture.system()).receivingUnit())
			.isEqualTo("Tỉnh Biểu Mẫu " + world.code());
	}

}
