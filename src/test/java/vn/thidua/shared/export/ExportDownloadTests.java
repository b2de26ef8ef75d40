package vn.thidua.shared.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.cluster.ClusterQueries;
import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.MovementRow;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A list exported whole: the registry of a district with more awards than one batch of
 * reads and one PDF, downloaded as .xlsx (every row, typed cells, Vietnamese intact) and
 * as PDF (the first rows and a note saying how many there were); and the other lists,
 * each whole, in their own order.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithMockUser(roles = "OFFICER")
class ExportDownloadTests {

	static final int AWARDS = Exports.PDF_MAX_ROWS + 200;

	@Autowired
	MockMvc mvc;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	@Autowired
	UnitManagement unitManagement;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovementQueries movements;

	@Autowired
	ClusterQueries clusterQueries;

	@Nullable String code;

	@BeforeEach
	void aDistrictWithThousandsOfAwards() {
		if (code != null) {
			return;
		}
		CurrentUser officer = users.current("officer.tv");
		code = "T-EX-" + Long.toString(System.nanoTime(), 36).toUpperCase();
		long district = unitManagement
			.create(units.findActiveByCode("TV").orElseThrow().id(),
					new UnitDetails(code, "Huyện " + code, UnitKind.DISTRICT, LocalDate.of(2020, 1, 1)), officer)
			.getId();
		jdbc.sql("""
				insert into award_record (unit_id, award_type_code, kind, year, decision_number, decision_date,
				                          authority, subject_name, issuer_name, search_text)
				select :unit, 'GK', 'MERIT', 2000 + n % 25, 'QĐ-' || n, date '2024-08-04',
				       'Chủ tịch UBND huyện', 'Tổ dân vận khéo ấp Đầu Giồng ' || n, 'UBND huyện', 'to dan van ' || n
				from generate_series(1, :count) n
				""").param("unit", district).param("count", AWARDS).update();
	}

	@Test
	void theSpreadsheetHoldsEveryRowWithNumbersAndDatesTyped() throws Exception {
		byte[] xlsx = download("/registry/export.xlsx?unit=" + code, "officer.tv");

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
				new ReadingOptions(true, false))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Sổ khen thưởng");
			int header = headerRow(rows);
			assertThat(rows.get(header).getCellText(0)).isEqualTo("Cá nhân, tập thể");
			List<Row> data = rows.subList(header + 1, rows.size());
			assertThat(data).hasSize(AWARDS);
			Set<String> subjects = new HashSet<>();
			data.forEach(row -> subjects.add(row.getCellText(0)));
			assertThat(subjects).hasSize(AWARDS).allMatch(name -> name.startsWith("Tổ dân vận khéo ấp Đầu Giồng "));
			Row first = data.get(0);
			assertThat(first.getCellText(1)).isEqualTo("Giấy khen");
			assertThat(first.getCell(3).asNumber().intValue()).isEqualTo(2024);
			assertThat(first.getCell(5).asDate()).isEqualTo(LocalDateTime.of(2024, 8, 4, 0, 0));
			assertThat(first.getCell(5).getDataFormatString()).isEqualTo("dd/mm/yyyy");
		}
	}

	@Test
	void thePdfPrintsTheFirstRowsAndSaysHowManyThereWere() throws Exception {
		byte[] pdf = download("/registry/export.pdf?unit=" + code, "officer.tv");

		String text = text(pdf);
		assertThat(text).contains("Sổ khen thưởng", "Tổ dân vận khéo ấp Đầu Giồng", "04/08/2024")
			.contains("Bản PDF gồm 2.000 dòng đầu trong tổng số 2.200 dòng");
	}

	@Test
	void anotherUnitsOfficerExportsOnlyTheirOwnSubtree() throws Exception {
		byte[] xlsx = download("/registry/export.xlsx?unit=" + code, "officer.tv-cn-mh");

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getFirstSheet().read())
				.noneMatch(row -> row.getCellText(0).startsWith("Tổ dân vận khéo ấp Đầu Giồng"));
		}
	}

	@Test
	void everyMovementOfTheListIsExportedInTheListsOrder() throws Exception {
		CurrentUser officer = users.current("officer.tv");
		var page = movements.list(officer, null, null, null, PageRequest.of(0, 1000));

		List<Row> data = dataRows(download("/movements/export.xlsx", "officer.tv"), "Mã phong trào");

		assertThat(page.getContent()).isNotEmpty();
		assertThat(data).extracting(row -> row.getCellText(0))
			.containsExactlyElementsOf(page.getContent().stream().map(MovementRow::code).toList());
		assertThat(data.get(0).getCell(8).asDate()).isEqualTo(page.getContent().get(0).startDate().atStartOfDay());
	}

	@Test
	void theProposalsAndClustersListsExportWhatTheUserSees() throws Exception {
		List<Row> proposals = dataRows(download("/proposals/export.xlsx?year=2025", "officer.tv-cn-mh"), "Tên đề nghị");
		assertThat(proposals).extracting(row -> row.getCellText(0))
			.contains("Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen năm 2025");
		assertThat(proposals).allSatisfy(row -> assertThat(row.getCell(1).asNumber().intValue()).isEqualTo(2025));

		List<Row> clusters = dataRows(download("/clusters/export.xlsx", "officer.tv"), "Mã cụm, khối");
		assertThat(clusters)
			.hasSize((int) clusterQueries.list(users.current("officer.tv"), PageRequest.of(0, 1)).getTotalElements());
	}

	@Test
	void theAwardTypesExportWhoDecidesAndTheCashOfTheDateAsked() throws Exception {
		List<Row> types = dataRows(download("/award-types/export.xlsx?on=04/08/2024", "reporter.tv-cn"),
				"Danh hiệu, hình thức");
		Row certificate = types.stream()
			.filter(row -> row.getCellText(0).equals("Giấy khen"))
			.findFirst()
			.orElseThrow();
		assertThat(certificate.getCellText(2))
			.contains("Chủ tịch UBND cấp huyện (Luật Thi đua, khen thưởng 2022, Điều 80 khoản 2)");
		assertThat(certificate.getCellText(3))
			.contains("Chủ tịch UBND cấp xã quyết định: 360.000 đồng (hệ số 0,15 × lương cơ sở)");

		String pdf = text(download("/award-types/export.pdf?on=khong-phai-ngay", "officer.tv"));
		assertThat(pdf).contains("Hình thức khen thưởng, thẩm quyền và tiền thưởng", "Bằng khen của Thủ tướng",
				"8.190.000 đồng");
	}

	@Test
	void theAuditLogExportsItsFilteredEntries() throws Exception {
		String pdf = text(download("/audit/export.pdf?entityType=Unit&action=CREATE", "admin"));

		assertThat(pdf).contains("Nhật ký hệ thống", "Loại bản ghi: Đơn vị", "Mã: " + code, "Loại: Cấp huyện",
				"Hiệu lực từ: 01/01/2020");
	}

	@Test
	void aUnitsSubtreeExportsInTheImportsColumnsParentsFirst() throws Exception {
		long province = units.findActiveByCode("TV").orElseThrow().id();

		List<Row> data = dataRows(download("/units/" + province + "/export.xlsx", "officer.tv"), "Mã đơn vị");

		assertThat(data.get(0).getCellText(0)).isEqualTo("TV");
		Row district = data.stream().filter(row -> row.getCellText(0).equals(code)).findFirst().orElseThrow();
		assertThat(district.getCellText(1)).isEqualTo("Huyện " + code);
		assertThat(district.getCellText(2)).isEqualTo("Cấp huyện");
		assertThat(district.getCellText(3)).isEqualTo("TV");
		assertThat(district.getCell(4).asDate()).isEqualTo(LocalDateTime.of(2020, 1, 1, 0, 0));
		assertThat(data).extracting(row -> row.getCellText(0)).doesNotContain("ND").doesNotHaveDuplicates();
		mvc.perform(get("/units/" + units.findActiveByCode("ND").orElseThrow().id() + "/export.xlsx")
			.with(users.as("officer.tv"))).andExpect(status().isNotFound());
	}

	private List<Row> dataRows(byte[] xlsx, String firstHeader) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
				new ReadingOptions(true, false))) {
			List<Row> rows = workbook.getFirstSheet().read();
			for (int i = 0; i < rows.size(); i++) {
				if (firstHeader.equals(rows.get(i).getCellText(0))) {
					return rows.subList(i + 1, rows.size());
				}
			}
			throw new AssertionError("no header " + firstHeader + " in " + rows.stream().limit(6).toList());
		}
	}

	private byte[] download(String url, String username) throws Exception {
		return mvc.perform(get(url).with(users.as(username)).header("Accept-Language", "vi"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static int headerRow(List<Row> rows) {
		for (int i = 0; i < rows.size(); i++) {
			if ("Năm".equals(rows.get(i).getCellText(3))) {
				return i;
			}
		}
		throw new AssertionError("no header row");
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
