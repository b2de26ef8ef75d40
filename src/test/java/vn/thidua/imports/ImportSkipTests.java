package vn.thidua.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.sheet.SheetReader;
import vn.thidua.shared.sheet.SheetReader.SheetRow;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Sheets;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;
import vn.thidua.unit.UnitRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Skipping the wrong rows of an import: the good rows are written as a clean sheet would
 * be, the wrong ones kept and downloaded as a sheet that goes back as it is once fixed;
 * only the job's user may do either, and confirming twice writes once.
 */
@IntegrationTest
@WithMockUser(username = "officer.tv", roles = "OFFICER")
class ImportSkipTests {

	private static final String OFFICER = "officer.tv";

	@Autowired
	ImportJobs jobs;

	@Autowired
	UnitManagement management;

	@Autowired
	UnitCatalog units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorldUsers users;

	@Autowired
	MockMvc mvc;

	CurrentUser officer;

	UnitRow commune;

	@BeforeEach
	void aFreshCommune() {
		officer = users.current(OFFICER);
		String code = "SKP-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
		long parent = units.findActiveByCode("TV-CN").orElseThrow().id();
		long id = management
			.create(parent, new UnitDetails(code, "Xã Thử Bỏ Qua " + code, UnitKind.COMMUNE, LocalDate.of(2020, 1, 1)),
					officer)
			.getId();
		commune = units.get(id);
	}

	@Test
	void skippingWritesTheGoodRowsKeepsTheBadOnesAndTheFixedBadRowsImportBack() throws Exception {
		ImportJob job = checked("people", "ca-nhan.xlsx", threeGoodTwoBad());
		assertThat(job.preview().invalid()).isEqualTo(2);
		assertThat(job.preview().fresh()).isEqualTo(3);
		assertThat(job.isConfirmable()).isFalse();
		assertThat(job.isSkippable()).isTrue();
		mvc.perform(get("/imports/jobs/" + job.id()).with(users.as(OFFICER)))
			.andExpect(content().string(containsString("Bỏ qua các dòng lỗi và ghi các dòng hợp lệ")));

		mvc.perform(post("/imports/jobs/" + job.id() + "/confirm").param("skipInvalid", "true").with(users.as(OFFICER)))
			.andExpect(redirectedUrl("/login?expired"));
		assertThat(job.status()).isEqualTo(ImportJob.Status.CHECKED);

		mvc.perform(post("/imports/jobs/" + job.id() + "/confirm").param("skipInvalid", "true")
			.with(users.as(OFFICER))
			.with(csrf())).andExpect(redirectedUrl("/imports/jobs/" + job.id()));
		ImportTests.finish(job);

		assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
		assertThat(job.result().written()).isEqualTo(3);
		assertThat(job.result().skipped()).isEqualTo(2);
		assertThat(peopleNamed()).containsExactlyInAnyOrder("Lâm Văn Út", "Sơn Thị Hoa", "Thạch Thị Mỹ Duyên");
		assertThat(jdbc.sql("select outcome || ' ' || rows_written || ' ' || rows_skipped from import_run where id = ?")
			.param(job.runId())
			.query(String.class)
			.single()).isEqualTo("COMMITTED 3 2");
		assertThat(jdbc.sql("""
				select (changes -> 'rowsWritten' ->> 'new') || ' ' || (changes -> 'rowsSkipped' ->> 'new')
				from audit_entry where entity_type = 'ImportRun' and entity_id = ? and action = 'UPDATE'
				""").param(String.valueOf(job.runId())).query(String.class).single()).isEqualTo("3 2");
		mvc.perform(get("/imports/jobs/" + job.id()).with(users.as(OFFICER)))
			.andExpect(content().string(containsString("Đã ghi 3 dòng mới; 0 dòng đã có được bỏ qua; 2 dòng lỗi")))
			.andExpect(content().string(containsString("/imports/jobs/" + job.id() + "/bad-rows.xlsx")));

		byte[] badRows = mvc.perform(get("/imports/jobs/" + job.id() + "/bad-rows.xlsx").with(users.as(OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<SheetRow> rows = SheetReader.read(badRows, 10, "t");
		assertThat(rows.getFirst().cells()).containsExactly("Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ",
				"Mã đơn vị", "Số định danh cá nhân", "Lỗi");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1).cells()).startsWith("Kim Văn Sang", "31/02/1980", "Nam");
		assertThat(rows.get(1).cells().getLast())
			.isEqualTo("Ngày sinh: ngày “31/02/1980” không hợp lệ, nhập theo dạng dd/mm/yyyy");
		assertThat(rows.get(2).cells()).startsWith("Trần Văn Bé", "01/01/1981", "X");
		assertThat(rows.get(2).cells().getLast()).isEqualTo("Giới tính: không nhận ra giới tính “X” (dùng: Nam, Nữ)");

		Object[][] fixed = rows.stream().map(row -> row.cells().toArray(Object[]::new)).toArray(Object[][]::new);
		fixed[1][1] = "28/02/1980";
		fixed[2][2] = "Nam";
		signedIn();
		ImportJob again = checked("people", "cac-dong-loi.xlsx", Sheets.xlsx("Dữ liệu", fixed));
		assertThat(again.preview().hasProblems()).isFalse();
		assertThat(again.preview().fresh()).isEqualTo(2);
		jobs.confirm(again.id(), officer);
		ImportTests.finish(again);
		assertThat(again.result().written()).isEqualTo(2);
		assertThat(peopleNamed()).containsExactlyInAnyOrder("Kim Văn Sang", "Lâm Văn Út", "Sơn Thị Hoa",
				"Thạch Thị Mỹ Duyên", "Trần Văn Bé");
	}

	@Test
	void anotherUsersJobCannotBeSkippedNorItsBadRowsDownloaded() throws Exception {
		ImportJob job = checked("people", "ca-nhan.xlsx", threeGoodTwoBad());
		CurrentUser other = users.current("officer.nd");

		assertThatThrownBy(() -> jobs.confirm(job.id(), other, true)).isInstanceOf(NotFoundException.class);
		mvc.perform(post("/imports/jobs/" + job.id() + "/confirm").param("skipInvalid", "true")
			.with(users.as("officer.nd"))
			.with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("nằm ngoài phạm vi của bạn")));
		assertThat(job.status()).isEqualTo(ImportJob.Status.CHECKED);
		assertThat(peopleNamed()).isEmpty();

		signedIn();
		jobs.confirm(job.id(), officer, true);
		ImportTests.finish(job);
		assertThat(peopleNamed()).hasSize(3);
		assertThatThrownBy(() -> jobs.badRows(job.id(), other)).isInstanceOf(NotFoundException.class);
		mvc.perform(get("/imports/jobs/" + job.id() + "/bad-rows.xlsx").with(users.as("officer.nd")))
			.andExpect(status().isNotFound());
	}

	@Test
	void confirmingTwiceWritesOnce() throws Exception {
		ImportJob job = checked("people", "ca-nhan.xlsx", threeGoodTwoBad());

		for (int click = 0; click < 2; click++) {
			mvc.perform(post("/imports/jobs/" + job.id() + "/confirm").param("skipInvalid", "true")
				.with(users.as(OFFICER))
				.with(csrf()))
				.andExpect(redirectedUrl("/imports/jobs/" + job.id()))
				.andExpect(flash().attributeCount(0));
		}
		ImportTests.finish(job);
		signedIn();
		assertThat(jobs.confirm(job.id(), officer, true).status()).isEqualTo(ImportJob.Status.DONE);

		assertThat(peopleNamed()).hasSize(3);
		assertThat(job.result().written()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ImportRun' and entity_id = ?")
			.param(String.valueOf(job.runId()))
			.query(Long.class)
			.single()).as("created when checked, updated once when written").isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from import_bad_row where job_id = ?")
			.param(job.id())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	/**
	 * A row that is right only with a wrong one is skipped too: a unit whose parent is a
	 * wrong row of the sheet.
	 */
	@Test
	void aRowThatNeedsASkippedRowIsSkippedWithIt() {
		String p = commune.code();
		byte[] csv = ("Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên\n" + p + "-A,Khu A,Không rõ," + p + "\n" + p
				+ "-A1,Ấp Một,Khác," + p + "-A\n" + p + "-B,Khu B,Khác," + p + "\n")
			.getBytes(StandardCharsets.UTF_8);
		ImportJob job = checked("units", "don-vi.csv", csv);
		assertThat(job.preview().invalid()).isEqualTo(1);

		jobs.confirm(job.id(), officer, true);
		ImportTests.finish(job);

		assertThat(job.result().written()).isEqualTo(1);
		assertThat(job.result().skipped()).isEqualTo(2);
		assertThat(units.findActiveByCode(p + "-B")).isPresent();
		assertThat(units.findActiveByCode(p + "-A1")).isEmpty();
		assertThat(jobs.badRows(job.id(), officer)).extracting(BadRow::row).containsExactly(2, 3);
		assertThat(jobs.badRows(job.id(), officer).get(1).problems()).extracting(problem -> problem.messageKey())
			.containsExactly("unit.import.parentNotFound");
	}

	/**
	 * Signs the officer in again for calls to the services: a request through MockMvc
	 * clears the test's security context when it ends.
	 */
	private void signedIn() {
		var principal = users.principal(OFFICER);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

	private byte[] threeGoodTwoBad() {
		String code = commune.code();
		return Sheets.xlsx("Cá nhân",
				new Object[][] { { "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Mã đơn vị" },
						{ "Thạch Thị Mỹ Duyên", LocalDate.of(1990, 5, 2), "Nữ", "Công chức Tư pháp", code },
						{ "Kim Văn Sang", "31/02/1980", "Nam", "", code },
						{ "Lâm Văn Út", "01/01/1980", "Nam", "", code }, { "Trần Văn Bé", "01/01/1981", "X", "", code },
						{ "Sơn Thị Hoa", LocalDate.of(1992, 7, 9), "Nữ", "", code } });
	}

	private List<String> peopleNamed() {
		return jdbc.sql("select full_name from person where unit_id = ? order by full_name")
			.param(commune.id())
			.query(String.class)
			.list();
	}

	private ImportJob checked(String kind, String name, byte[] content) {
		try {
			ImportJob job = jobs.start(kind, name, new ByteArrayInputStream(content), officer);
			ImportTests.finish(job);
			return job;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
