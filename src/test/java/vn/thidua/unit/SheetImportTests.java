package vn.thidua.unit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.support.DemoUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Sheets;
import vn.thidua.unit.importing.ImportPreview;
import vn.thidua.unit.importing.ImportRow;
import vn.thidua.unit.importing.UnitImport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(roles = "OFFICER")
class SheetImportTests {

	@Autowired
	UnitImport unitImport;

	@Autowired
	UnitCatalog catalog;

	@Autowired
	DemoUsers users;

	@Test
	void readsAnXlsxSheetWithParentsDefinedLaterInTheSameSheet() {
		byte[] xlsx = xlsx(
				new Object[][] { { "Mã đơn vị", "Tên đơn vị", "Loại", "Mã đơn vị cấp trên", "Ngày hiệu lực" },
						{ "X-XLSX-C", "Xã Con", "Xã", "X-XLSX-P", LocalDate.of(2021, 3, 4) },
						{ "X-XLSX-P", "Huyện Cha", "Huyện", "TV", "01/01/2020" } });

		ImportPreview preview = unitImport.preview(xlsx, users.current("canbo.travinh"));
		assertThat(preview.rows()).allMatch(ImportRow::isValid);
		assertThat(preview.rows().get(0).validFromText()).isEqualTo("04/03/2021");

		assertThat(unitImport.commit(xlsx, users.current("canbo.travinh"))).isEqualTo(2);
		UnitRow child = catalog.findActiveByCode("X-XLSX-C").orElseThrow();
		assertThat(child.parentId()).isEqualTo(catalog.findActiveByCode("X-XLSX-P").orElseThrow().id());
		assertThat(child.validFrom()).isEqualTo(LocalDate.of(2021, 3, 4));
	}

	@Test
	void listsEveryProblemOfEveryRowAndCommitsNothing() {
		byte[] xlsx = xlsx(
				new Object[][] { { "Mã đơn vị", "Tên đơn vị", "Loại", "Mã đơn vị cấp trên", "Ngày hiệu lực" },
						{ "X-BAD-1", "", "Làng", "TV", "32/13/2020" }, { "X-BAD-1", "Xã Trùng", "Xã", "ND", "" },
						{ "X-OK-1", "Xã Tốt", "Xã", "TV", "" } });

		ImportPreview preview = unitImport.preview(xlsx, users.current("canbo.travinh"));

		assertThat(preview.isCommittable()).isFalse();
		assertThat(preview.rows().get(0).problems()).extracting(p -> p.column())
			.containsExactlyInAnyOrder("code", "name", "kind", "validFrom");
		assertThat(preview.rows().get(1).problems()).extracting(p -> p.messageKey())
			.containsExactlyInAnyOrder("unit.import.duplicateInSheet", "unit.import.parentNotFound");
		assertThat(preview.rows().get(2).isValid()).isTrue();
		assertThatThrownBy(() -> unitImport.commit(xlsx, users.current("canbo.travinh")))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThat(catalog.findActiveByCode("X-OK-1")).isEmpty();
	}

	private static byte[] xlsx(Object[][] rows) {
		return Sheets.xlsx("Đơn vị", rows);
	}

}
