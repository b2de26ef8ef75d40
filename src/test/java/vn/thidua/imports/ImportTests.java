package vn.thidua.imports;

import vn.thidua.shared.security.Role;

import java.util.Set;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.importing.ImportProblem;
import vn.thidua.shared.importing.ImportReport;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.SignedIn;
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
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The three imports through the background jobs: every bad row listed and nothing
 * written, a good sheet written, the same sheet again adding nothing, other units' codes
 * refused, csv and xlsx, disguised files, and each run recorded and audited.
 */
@IntegrationTest
@WithMockUser(username = "officer.tv", roles = "OFFICER")
class ImportTests {

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
		officer = users.current("officer.tv");
		String code = "IMP-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
		long parent = units.findActiveByCode("TV-CN").orElseThrow().id();
		long id = management
			.create(parent, new UnitDetails(code, "Xã Thử Nhập " + code, UnitKind.COMMUNE, LocalDate.of(2020, 1, 1)),
					officer)
			.getId();
		commune = units.get(id);
	}

	@Test
	void aPeopleSheetWithGoodAndBadRowsListsEveryBadRowAndWritesNothing() {
		byte[] xlsx = Sheets
			.xlsx("Cá nhân",
					new Object[][] { { "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Mã đơn vị" },
							{ "Thạch Thị Mỹ Duyên", LocalDate.of(1990, 5, 2), "Nữ", "Công chức Tư pháp",
									commune.code() },
							{ "", "01/01/1980", "Nam", "", commune.code() },
							{ "Kim Văn Sang", "31/02/1980", "Nam", "", commune.code() },
							{ "Trần Văn Bé", "01/01/1980", "Nam", "", "ND" },
							{ "Lâm Văn Út", "01/01/1980", "X", "", "KHONG-CO" },
							{ "Thạch Thị Mỹ Duyên", "02/05/1990", "Nữ", "", commune.code() } });

		ImportJob job = checked("people", "ca-nhan.xlsx", xlsx);

		ImportReport preview = job.preview();
		assertThat(preview.rows()).isEqualTo(6);
		assertThat(preview.invalid()).isEqualTo(5);
		assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(3, "fullName", "imports.required"), tuple(4, "birthDate", "imports.badDate"),
					tuple(5, "unitCode", "imports.unitOutOfScope"), tuple(6, "sex", "imports.people.unknownSex"),
					tuple(6, "unitCode", "imports.unitNotFound"),
					tuple(7, "fullName", "imports.people.duplicateInSheet"));
		assertThatThrownBy(() -> jobs.confirm(job.id(), officer)).isInstanceOf(BusinessRuleViolation.class);
		assertThat(peopleIn(commune)).isZero();
		assertThat(outcome(job)).isEqualTo("INVALID");
	}

	@Test
	void aGoodCsvOfPeopleIsWrittenAndImportingItAgainAddsNothing() {
		byte[] csv = ("\uFEFFHo va ten;Ngay sinh;Gioi tinh;Chuc vu;Ma don vi\n"
				+ "Thạch Thị Mỹ Duyên;02/05/1990;Nữ;Công chức Tư pháp – Hộ tịch;" + commune.code() + "\n"
				+ "Kim Văn Sang;15/08/1978;nam;;" + commune.code() + "\n")
			.getBytes(StandardCharsets.UTF_8);

		ImportJob first = written("people", "ca-nhan.csv", csv);
		assertThat(first.result().written()).isEqualTo(2);
		assertThat(peopleIn(commune)).isEqualTo(2);
		assertThat(outcome(first)).isEqualTo("COMMITTED");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ImportRun' and entity_id = ?")
			.param(String.valueOf(first.runId()))
			.query(Long.class)
			.single()).isEqualTo(2);

		ImportJob again = checked("people", "ca-nhan.csv", csv);
		assertThat(again.preview().existing()).isEqualTo(2);
		assertThat(again.preview().fresh()).isZero();
		assertThat(again.isConfirmable()).isFalse();
		assertThat(peopleIn(commune)).isEqualTo(2);
	}

	@Test
	void awardsOfPastYearsAreWrittenForPeopleAndCollectivesOnceOnly() {
		written("people", "ca-nhan.xlsx",
				Sheets.xlsx("Cá nhân", new Object[][] { { "Họ và tên", "Ngày sinh", "Mã đơn vị" },
						{ "Sơn Thị Kim Thoa", LocalDate.of(1985, 3, 15), commune.code() } }));
		Object[] header = { "Danh hiệu, hình thức khen thưởng", "Loại hình khen thưởng", "Năm", "Số quyết định",
				"Ngày quyết định", "Người ký", "Thẩm quyền quyết định", "Mã đơn vị", "Họ và tên", "Ngày sinh",
				"Tên tập thể, hộ gia đình" };
		Object[] person = { "chien si thi dua co so", "", 2022, "35/QĐ-UBND", LocalDate.of(2023, 1, 18),
				"Nguyễn Văn Hùng", "Chủ tịch UBND huyện Cầu Ngang", commune.code(), "Sơn Thị Kim Thoa",
				LocalDate.of(1985, 3, 15), "" };
		Object[] collective = { "TTLDXS", "Công trạng", 2022, "36/QĐ-UBND", "18/01/2023", "",
				"Chủ tịch UBND huyện Cầu Ngang", commune.code(), "", "", "" };

		ImportJob mixed = checked("awards", "khen-thuong.xlsx", Sheets
			.xlsx("Khen thưởng", new Object[][] { header, person, collective,
					{ "Huy hiệu vàng", "", 2022, "37/QĐ-UBND", "18/01/2023", "", "Chủ tịch UBND", commune.code(), "",
							"", "" },
					{ "GK", "", 2022, "38/QĐ-UBND", "18/01/2023", "", "Chủ tịch UBND", commune.code(), "Người Không Có",
							"01/01/1970", "" },
					{ "GK", "Đột xuất", 1930, "39/QĐ-UBND", "18/01/2023", "", "Chủ tịch UBND", "ND-HH", "", "", "" },
					{ "TTLDTT", "", 2023, "40/QĐ-UBND", "18/01/2022", "", "Chủ tịch UBND", commune.code(), "", "", "" },
					person }));

		assertThat(mixed.preview().invalid()).isEqualTo(5);
		assertThat(mixed.preview().problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
			.containsExactly(tuple(4, "imports.awards.unknownType"), tuple(5, "imports.awards.personNotFound"),
					tuple(6, "imports.awards.badYear"), tuple(6, "imports.unitOutOfScope"),
					tuple(7, "imports.awards.decisionBeforeYear"), tuple(8, "imports.awards.duplicateInSheet"));
		assertThat(awardsIn(commune)).isZero();

		byte[] good = Sheets.xlsx("Khen thưởng",
				new Object[][] { header, person, collective,
						{ "TTLDTT", "", 2021, "12/QĐ-UBND", "20/01/2022", "", "Chủ tịch UBND xã", commune.code(), "",
								"", "Tổ Văn phòng – Thống kê" },
						{ "Thôn, tổ dân phố văn hóa", "", 2021, "13/QĐ-UBND", "20/01/2022", "", "Chủ tịch UBND huyện",
								commune.code(), "", "", "Ấp Bến Đáy" } });
		assertThat(written("awards", "khen-thuong.xlsx", good).result().written()).isEqualTo(4);
		assertThat(jdbc.sql("select subject_name from award_record where unit_id = ? order by decision_number")
			.param(commune.id())
			.query(String.class)
			.list()).containsExactly("Tổ Văn phòng – Thống kê", "Ấp Bến Đáy", "Sơn Thị Kim Thoa", commune.name());

		ImportJob again = checked("awards", "khen-thuong.xlsx", good);
		assertThat(again.preview().existing()).isEqualTo(4);
		assertThat(again.isConfirmable()).isFalse();
		assertThat(awardsIn(commune)).isEqualTo(4);
	}

	/**
	 * A person is known by personal identification number when the row has one, else by
	 * unit, name key and birth date: "Thuỷ" finds the stored "Thủy" instead of adding a
	 * second record.
	 */
	@Test
	void aSpellingVariantOrAPersonalIdFindsTheStoredPerson() {
		String number = "084085" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		written("people", "ca-nhan.xlsx",
				Sheets.xlsx("Cá nhân",
						new Object[][] { { "Họ và tên", "Ngày sinh", "Giới tính", "Mã đơn vị", "Số định danh cá nhân" },
								{ "Nguyễn Thị Thủy", LocalDate.of(1985, 3, 15), "Nữ", commune.code(), "" },
								{ "Trần Văn Hòa", LocalDate.of(1985, 4, 1), "Nam", commune.code(), number } }));
		ImportJob variants = checked("people", "ca-nhan.xlsx",
				Sheets.xlsx("Cá nhân",
						new Object[][] { { "Họ và tên", "Ngày sinh", "Mã đơn vị", "Số định danh cá nhân" },
								{ "Nguyễn Thị Thuỷ", LocalDate.of(1985, 3, 15), commune.code(), "" },
								{ "Trần Hoà", LocalDate.of(1985, 4, 1), commune.code(), number },
								{ "Lê Thị Sai", LocalDate.of(1985, 4, 1), commune.code(), "099185000001" } }));
		assertThat(variants.preview().existing()).isEqualTo(2);
		assertThat(variants.preview().problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
			.containsExactly(tuple(4, "person.personalId.province"));
		assertThat(peopleIn(commune)).isEqualTo(2);

		Object[] header = { "Danh hiệu, hình thức khen thưởng", "Năm", "Số quyết định", "Ngày quyết định",
				"Thẩm quyền quyết định", "Mã đơn vị", "Họ và tên", "Ngày sinh", "Số định danh cá nhân" };
		written("awards", "khen-thuong.xlsx",
				Sheets.xlsx("Khen thưởng",
						new Object[][] { header,
								{ "GK", 2022, "51/QĐ-UBND", "18/01/2023", "Chủ tịch UBND xã", commune.code(),
										"Nguyễn Thị Thuỷ", LocalDate.of(1985, 3, 15), "" },
								{ "GK", 2022, "52/QĐ-UBND", "18/01/2023", "Chủ tịch UBND xã", commune.code(),
										"Trần Văn Hoà", LocalDate.of(1985, 4, 1), number } }));
		assertThat(jdbc.sql("""
				select p.full_name from award_record a join person p on p.id = a.person_id
				where a.unit_id = ? order by a.decision_number
				""").param(commune.id()).query(String.class).list()).containsExactly("Nguyễn Thị Thủy", "Trần Văn Hòa");
	}

	@Test
	void aUnitTreeIsWrittenParentsFirstAndAgainAddsNothing() {
		String p = commune.code();
		byte[] csv = ("Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên,Ngày hiệu lực\n" + p + "-A1,Ấp Một,Khác," + p
				+ "-A,01/01/2021\n" + p + "-A,Khu A,Khác," + p + ",\n")
			.getBytes(StandardCharsets.UTF_8);

		assertThat(written("units", "don-vi.csv", csv).result().written()).isEqualTo(2);
		assertThat(units.findActiveByCode(p + "-A1").orElseThrow().parentId())
			.isEqualTo(units.findActiveByCode(p + "-A").orElseThrow().id());

		ImportJob again = checked("units", "don-vi.csv", csv);
		assertThat(again.preview().existing()).isEqualTo(2);
		assertThat(again.preview().hasProblems()).isFalse();
	}

	@Test
	void aDataChangeBetweenCheckAndConfirmationIsRefusedAndWritesNothing() {
		byte[] csv = ("Họ và tên,Ngày sinh,Mã đơn vị\nDương Văn Lực,01/02/1975," + commune.code() + "\n")
			.getBytes(StandardCharsets.UTF_8);
		ImportJob job = checked("people", "ca-nhan.csv", csv);
		management.deactivate(commune.id(), units.get(commune.id()).version(), LocalDate.of(2025, 7, 1), null, officer);

		jobs.confirm(job.id(), officer);
		finish(job);

		assertThat(job.result().isCommittable()).isFalse();
		assertThat(job.result().problems()).extracting(ImportProblem::messageKey)
			.containsExactly("imports.unitNotFound");
		assertThat(peopleIn(commune)).isZero();
		assertThat(outcome(job)).isEqualTo("REFUSED");
	}

	@Test
	void anImportOfAUserWhoseUnitEndsBeforeTheWriteFailsSayingWhyAndWritesNothing() {
		CurrentUser communeOfficer = new CurrentUser(0, "officer.tv", "Cán bộ xã", commune.id(), Set.of(Role.OFFICER));
		SignedIn.signIn(communeOfficer);
		byte[] csv = ("Họ và tên,Ngày sinh,Mã đơn vị\nDương Văn Lực,01/02/1975," + commune.code() + "\n")
			.getBytes(StandardCharsets.UTF_8);
		ImportJob job = checkedAs(communeOfficer, "people", "ca-nhan.csv", csv);
		assertThat(job.isConfirmable()).isTrue();
		management.deactivate(commune.id(), units.get(commune.id()).version(), LocalDate.of(2025, 7, 1), null, officer);

		jobs.confirm(job.id(), communeOfficer);
		finish(job);

		assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(job.failureKey()).isEqualTo("unit.actingUnitEnded");
		assertThat(jobStatus(job.id())).isEqualTo("FAILED");
		assertThat(peopleIn(commune)).isZero();
		assertThat(outcome(job)).isEqualTo("FAILED");
	}

	@Test
	void aDisguisedFileIsRefusedAndAnotherUserCannotSeeTheJob() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
		ImportJob job = checked("people", "anh.csv", png);

		assertThat(job.preview().fileProblemKey()).isEqualTo("imports.badFormat");
		assertThatThrownBy(() -> jobs.job(job.id(), users.current("officer.nd"))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> jobs.confirm(job.id(), users.current("officer.nd")))
			.isInstanceOf(NotFoundException.class);
	}

	/**
	 * A node stopped (restarted, crashed) while checking or writing: its jobs end as
	 * failed with the reason, whichever node notices first — the user starting another,
	 * looking at the job, or any node's heartbeat — and the run it was writing ends as
	 * failed.
	 */
	@Test
	void aJobLeftRunningByAStoppedNodeEndsAsFailedAndFreesItsUser() throws Exception {
		UUID checking = UUID.randomUUID();
		abandoned(checking, officer.username(), "CHECKING", null);
		// of another kind: starting a people import forgets the user's ended ones

		ImportJob next = checked("people", "ca-nhan.csv",
				("Họ và tên,Ngày sinh,Mã đơn vị\nĐào Văn Tiếp,01/02/1975," + commune.code() + "\n")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(next.preview().fresh()).isEqualTo(1);
		ImportJob ended = jobs.job(checking, officer);
		assertThat(ended.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(ended.failureKey()).isEqualTo("imports.interrupted");
		mvc.perform(get("/imports/jobs/" + checking).with(users.as(officer.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("máy chủ đang xử lý nó đã dừng")));

		long run = jdbc.sql("""
				insert into import_run (kind, username, unit_id, file_name, checksum, file_size, started_at, outcome)
				values ('people', 'canbo.khac', ?, 'dang-ghi.csv', 'x', 1, now(), 'CHECKED') returning id
				""").param(commune.id()).query(Long.class).single();
		UUID writing = UUID.randomUUID();
		abandoned(writing, "canbo.khac", "WRITING", run);
		for (int i = 0; i < 100 && !"FAILED".equals(jobStatus(writing)); i++) {
			Thread.sleep(100);
		}
		assertThat(jobStatus(writing)).as("ended by a heartbeat, nobody looking").isEqualTo("FAILED");
		assertThat(jdbc.sql("select outcome from import_run where id = ?").param(run).query(String.class).single())
			.isEqualTo("FAILED");
		assertThat(jdbc.sql("select count(*) from import_upload where job_id = ?")
			.param(writing)
			.query(Long.class)
			.single()).isZero();
	}

	private void abandoned(UUID id, String username, String status, @Nullable Long run) {
		jdbc.sql("""
				insert into import_job (id, kind, username, file_name, checksum, file_size, started_at, status, node,
				                        heartbeat_at, run_id)
				values (?, 'awards', ?, 'bo-do.csv', 'x', 1, now() - interval '10 minutes', ?, 'a-stopped-node',
				        now() - interval '10 minutes', ?)
				""").params(id, username, status, run).update();
		jdbc.sql("insert into import_upload (job_id, part, content) values (?, 0, ?)")
			.params(id, "x".getBytes(StandardCharsets.UTF_8))
			.update();
	}

	private String jobStatus(UUID id) {
		return jdbc.sql("select status from import_job where id = ?").param(id).query(String.class).single();
	}

	private ImportJob checked(String kind, String name, byte[] content) {
		return checkedAs(officer, kind, name, content);
	}

	private ImportJob checkedAs(CurrentUser user, String kind, String name, byte[] content) {
		try {
			ImportJob job = jobs.start(kind, name, new ByteArrayInputStream(content), user);
			finish(job);
			return job;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private ImportJob written(String kind, String name, byte[] content) {
		ImportJob job = checked(kind, name, content);
		assertThat(job.preview().problems()).isEmpty();
		jobs.confirm(job.id(), officer);
		finish(job);
		assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
		return job;
	}

	static void finish(ImportJob job) {
		for (int i = 0; i < 600 && job.isRunning(); i++) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		assertThat(job.isRunning()).isFalse();
	}

	private String outcome(ImportJob job) {
		return jdbc.sql("select outcome from import_run where id = ?").param(job.runId()).query(String.class).single();
	}

	private long peopleIn(UnitRow unit) {
		return jdbc.sql("select count(*) from person where unit_id = ?").param(unit.id()).query(Long.class).single();
	}

	private long awardsIn(UnitRow unit) {
		return jdbc.sql("select count(*) from award_record where unit_id = ?")
			.param(unit.id())
			.query(Long.class)
			.single();
	}

}
