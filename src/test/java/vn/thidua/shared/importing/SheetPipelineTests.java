package vn.thidua.shared.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a whole small sheet at once through the pipeline's header, required-column,
 * blank-row and row-limit rules (plain unit tests: the sheets are CSV text).
 */
class SheetPipelineTests {

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("name", "ho va ten", "ho ten"),
			ImportColumn.optional("birthDate", "ngay sinh"), ImportColumn.required("unitCode", "ma don vi"));

	@Test
	void mapsHeadersWithOrWithoutDiacriticsAndLeavesOutBlankRows() {
		SheetLines sheet = read("Mã đơn vị;HO TEN *;Ngày sinh (dd/mm/yyyy)\nX1; Nguyễn  Văn A ;01/02/1980\n;;\nX2;B;\n",
				10);

		assertThat(sheet.isReadable()).isTrue();
		assertThat(sheet.isEmpty()).isFalse();
		assertThat(sheet.lines()).extracting(ImportLine::number).containsExactly(2, 4);
		assertThat(sheet.lines().getFirst().get("name")).isEqualTo("Nguyễn  Văn A");
		assertThat(sheet.lines().getFirst().get("birthDate")).isEqualTo("01/02/1980");
		assertThat(sheet.lines().get(1).get("unitCode")).isEqualTo("X2");
	}

	@Test
	void namesEveryMissingRequiredColumnInItsDeclaredOrder() {
		SheetLines sheet = read("Ngày sinh,STT\n01/02/1980,1\n", 10);

		assertThat(sheet.isReadable()).isFalse();
		assertThat(sheet.isEmpty()).isFalse();
		assertThat(sheet.missingColumns()).extracting(ImportColumn::key).containsExactly("name", "unitCode");
		assertThat(sheet.lines()).isEmpty();
	}

	@Test
	void aSheetWithoutDataRowsIsEmptyAndAFileWithoutRowsLacksNoColumn() {
		assertThat(read("Họ và tên,Mã đơn vị\n,\n", 10).isEmpty()).isTrue();
		assertThat(read("", 10).isEmpty()).isTrue();
		assertThat(read("", 10).missingColumns()).isEmpty();
	}

	@Test
	void holdsTheRowLimitWithoutCountingTheHeader() {
		assertThat(read(sheetOf(3), 3).lines()).hasSize(3);

		SheetLines tooLong = read(sheetOf(4), 3);
		assertThat(tooLong.fileProblemKey()).isEqualTo("test.tooManyRows");
		assertThat(tooLong.fileProblemArgs()).containsExactly(3);
		assertThat(tooLong.isReadable()).isFalse();
	}

	@Test
	void refusesWhatIsNoSheetUnderTheCallersPrefix() {
		assertThat(SheetPipeline.readAll(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 }, COLUMNS, 10, "test")
			.fileProblemKey()).isEqualTo("test.badFormat");
		assertThat(SheetPipeline.readAll(new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }, COLUMNS, 10, "test").fileProblemKey())
			.isEqualTo("test.unreadable");
	}

	private static String sheetOf(int rows) {
		StringBuilder text = new StringBuilder("Họ và tên,Mã đơn vị\n");
		for (int row = 1; row <= rows; row++) {
			text.append("Người ").append(row).append(",X1\n");
		}
		return text.toString();
	}

	private static SheetLines read(String csv, int maxRows) {
		return SheetPipeline.readAll(csv.getBytes(StandardCharsets.UTF_8), COLUMNS, maxRows, "test");
	}

}
