package vn.thidua.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.imports.ImportJob;
import vn.thidua.imports.ImportJobs;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;
import vn.thidua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports 100.000 people and then 100.000 of their past awards from .xlsx files written
 * to temporary files, through the background jobs: check, confirm, write. Meant to be run
 * with a small heap to show that no file is held whole:
 * {@code ./mvnw verify -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=ImportBenchmark -DargLine=-Xmx256m};
 * {@code -Dbenchmark.rows=} changes the size.
 */
@Tag("benchmark")
@IntegrationTest
@WithMockUser(username = "officer.tv", roles = "OFFICER")
class ImportBenchmark {

	private static final int ROWS = Integer.getInteger("benchmark.rows", 100_000);

	@Autowired
	ImportJobs jobs;

	@Autowired
	UnitManagement management;

	@Autowired
	UnitCatalog units;

	@Autowired
	WorldUsers users;

	@Test
	void aHundredThousandPeopleAndTheirAwards() throws Exception {
		CurrentUser officer = users.current("officer.tv");
		String code = "BENCH-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
		management.create(units.findActiveByCode("TV").orElseThrow().id(),
				new UnitDetails(code, "Đơn vị đo " + code, UnitKind.OTHER, LocalDate.of(2020, 1, 1)), officer);

		Path people = sheet(new String[] { "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Mã đơn vị" },
				(sheet, row, i) -> {
					sheet.value(row, 0, name(i));
					sheet.value(row, 1, birthDate(i));
					sheet.style(row, 1).format("dd/mm/yyyy").set();
					sheet.value(row, 2, i % 2 == 0 ? "Nam" : "Nữ");
					sheet.value(row, 3, "Chuyên viên");
					sheet.value(row, 4, code);
				});
		time("people", people, officer);

		Path awards = sheet(new String[] { "Danh hiệu, hình thức khen thưởng", "Năm", "Số quyết định",
				"Ngày quyết định", "Thẩm quyền quyết định", "Mã đơn vị", "Họ và tên", "Ngày sinh" },
				(sheet, row, i) -> {
					sheet.value(row, 0, "Lao động tiên tiến");
					sheet.value(row, 1, 2023);
					sheet.value(row, 2, (i / 1000 + 1) + "/QĐ-UBND");
					sheet.value(row, 3, LocalDate.of(2024, 1, 15));
					sheet.style(row, 3).format("dd/mm/yyyy").set();
					sheet.value(row, 4, "Chủ tịch UBND tỉnh Trà Vinh");
					sheet.value(row, 5, code);
					sheet.value(row, 6, name(i));
					sheet.value(row, 7, birthDate(i));
					sheet.style(row, 7).format("dd/mm/yyyy").set();
				});
		time("awards", awards, officer);
	}

	private void time(String kind, Path file, CurrentUser officer) throws IOException, InterruptedException {
		long start = System.nanoTime();
		ImportJob job;
		try (InputStream in = Files.newInputStream(file)) {
			job = jobs.start(kind, file.getFileName().toString(), in, officer);
		}
		waitFor(job);
		long checked = System.nanoTime();
		assertThat(job.preview().isCommittable()).as("%s", job.preview().problems()).isTrue();
		jobs.confirm(job.id(), officer);
		waitFor(job);
		long written = System.nanoTime();
		assertThat(job.result().written()).isEqualTo(ROWS);
		Runtime runtime = Runtime.getRuntime();
		System.out.printf("%s: %,d rows (%,d KB file) checked in %,d ms, written in %,d ms; heap max %,d MB%n", kind,
				ROWS, Files.size(file) / 1024, (checked - start) / 1_000_000, (written - checked) / 1_000_000,
				runtime.maxMemory() / (1024 * 1024));
		Files.delete(file);
	}

	private static void waitFor(ImportJob job) throws InterruptedException {
		while (job.isRunning()) {
			Thread.sleep(200);
		}
		assertThat(job.status()).isIn(ImportJob.Status.CHECKED, ImportJob.Status.DONE);
	}

	private static String name(int i) {
		String[] family = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Thạch", "Kim", "Sơn" };
		String[] given = { "Văn An", "Thị Bích", "Minh Đức", "Thị Hồng", "Văn Sang", "Thị Sa Rươne" };
		return family[i % family.length] + " " + given[i / family.length % given.length] + " " + (i + 1);
	}

	private static LocalDate birthDate(int i) {
		return LocalDate.of(1960, 1, 1).plusDays(i % 15_000);
	}

	private interface RowWriter {

		void write(Worksheet sheet, int row, int i);

	}

	private static Path sheet(String[] header, RowWriter rows) throws IOException {
		Path file = Files.createTempFile("nhap", ".xlsx");
		try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "Thi Dua", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Dữ liệu");
			for (int column = 0; column < header.length; column++) {
				sheet.value(0, column, header[column]);
			}
			for (int i = 0; i < ROWS; i++) {
				rows.write(sheet, i + 1, i);
				if (i % 10_000 == 0) {
					sheet.flush();
				}
			}
		}
		return file;
	}

}
