package vn.thidua.unit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.shared.importing.ImportProblem;
import vn.thidua.shared.importing.ImportReport;
import vn.thidua.shared.importing.SheetPipeline;
import vn.thidua.shared.importing.ImportProgress;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Sheets;
import vn.thidua.unit.importing.UnitImport;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(roles = "OFFICER")
class SheetImportTests {

	@Autowired
	UnitImport unitImport;

	@Autowired
	UnitCatalog catalog;

	@Autowired
	WorldUsers users;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void readsAnXlsxSheetWithParentsDefinedLaterInTheSameSheet() throws Exception {
		Path xlsx = xlsx(new Object[][] { { "Mã đơn vị", "Tên đơn vị", "Loại", "Mã đơn vị cấp trên", "Ngày hiệu lực" },
				{ "X-XLSX-C", "Xã Con", "Xã", "X-XLSX-P", LocalDate.of(2021, 3, 4) },
				{ "X-XLSX-P", "Huyện Cha", "Huyện", "TV", "01/01/2020" } });

		assertThat(run(xlsx, false).isCommittable()).isTrue();

		assertThat(run(xlsx, true).written()).isEqualTo(2);
		UnitRow child = catalog.findActiveByCode("X-XLSX-C").orElseThrow();
		assertThat(child.parentId()).isEqualTo(catalog.findActiveByCode("X-XLSX-P").orElseThrow().id());
		assertThat(child.validFrom()).isEqualTo(LocalDate.of(2021, 3, 4));
	}

	@Test
	void listsEveryProblemOfEveryRowAndCommitsNothing() throws Exception {
		Path xlsx = xlsx(new Object[][] { { "Mã đơn vị", "Tên đơn vị", "Loại", "Mã đơn vị cấp trên", "Ngày hiệu lực" },
				{ "X-BAD-1", "", "Làng", "TV", "32/13/2020" }, { "X-BAD-1", "Xã Trùng", "Xã", "ND", "" },
				{ "X-OK-1", "Xã Tốt", "Xã", "TV", "" } });

		ImportReport preview = run(xlsx, false);

		assertThat(preview.isCommittable()).isFalse();
		assertThat(preview.problems()).filteredOn(problem -> problem.row() == 2)
			.extracting(ImportProblem::column)
			.containsExactlyInAnyOrder("name", "kind", "validFrom");
		assertThat(preview.problems()).filteredOn(problem -> problem.row() == 3)
			.extracting(ImportProblem::messageKey)
			.containsExactlyInAnyOrder("unit.import.duplicateInSheet", "unit.import.parentNotFound");
		assertThat(preview.isRowInvalid(4)).isFalse();
		assertThat(run(xlsx, true).written()).isZero();
		assertThat(catalog.findActiveByCode("X-OK-1")).isEmpty();
	}

	private ImportReport run(Path file, boolean write) {
		return transactions.execute(status -> {
			ImportReport report = SheetPipeline.run(unitImport, file, users.current("officer.tv"), write, 0,
					new ImportProgress());
			if (report.hasProblems()) {
				status.setRollbackOnly();
			}
			return report;
		});
	}

	private static Path xlsx(Object[][] rows) throws Exception {
		Path file = Files.createTempFile("don-vi", ".xlsx");
		file.toFile().deleteOnExit();
		return Files.write(file, Sheets.xlsx("Đơn vị", rows));
	}

}
