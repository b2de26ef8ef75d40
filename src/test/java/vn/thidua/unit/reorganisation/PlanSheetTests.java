package vn.thidua.unit.reorganisation;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reorganisation plan's sheet, read through the import pipeline: its refusals keep the
 * plan's own messages (plain unit tests, no database).
 */
class PlanSheetTests {

	private static final String HEADER = String.join(",", PlanSheet.HEADERS) + "\n";

	@Test
	void readsOneOperationARowWithOrWithoutDiacritics() {
		PlanSheet.Parsed parsed = read(
				"thao tac,ma don vi truoc sap xep,ma don vi sau sap xep,ten don vi sau sap xep,loai don vi,tai khoan\n"
						+ "hop nhat,\"X1; X2\",N1,Xã Mới,xa,khoa\n,,,,,\nDoi ten,X3,N3,Xã Ba,,\n");

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.lines()).extracting(PlanCheck.Line::row).containsExactly(2, 4);
		OperationDraft merge = parsed.lines().getFirst().operation();
		assertThat(merge.kind()).isEqualTo(OperationKind.MERGE);
		assertThat(merge.sourceCodes()).containsExactly("X1", "X2");
		assertThat(merge.disableAccounts()).isTrue();
		assertThat(parsed.lines().get(1).operation().kind()).isEqualTo(OperationKind.RENAME);
	}

	@Test
	void namesEachMissingColumnByItsTemplateHeader() {
		PlanSheet.Parsed parsed = read("Mã đơn vị sau sắp xếp,Tên đơn vị sau sắp xếp\nN1,Xã Mới\n");

		assertThat(parsed.lines()).isEmpty();
		assertThat(parsed.problems()).extracting(PlanProblem::field, PlanProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("kind", "reorganisation.sheet.missingColumn"),
					org.assertj.core.groups.Tuple.tuple("sourceCodes", "reorganisation.sheet.missingColumn"));
		assertThat(parsed.problems()).extracting(problem -> problem.args()[0])
			.containsExactly("Thao tác", "Mã đơn vị trước sắp xếp");
	}

	@Test
	void aSheetWithoutOperationsIsAnEmptyPlan() {
		assertThat(read("").problems()).extracting(PlanProblem::messageKey)
			.containsExactly("reorganisation.problem.empty");
		assertThat(read(HEADER + ",,,,,,,\n").problems()).extracting(PlanProblem::messageKey)
			.containsExactly("reorganisation.problem.empty");
	}

	@Test
	void takesAtMostFiveThousandOperationsAndRefusesFilesThatAreNoSheet() {
		assertThat(read(HEADER + "Giải thể,X1,N1,,,,,\n".repeat(PlanSheet.MAX_ROWS)).lines())
			.hasSize(PlanSheet.MAX_ROWS);
		PlanSheet.Parsed tooLong = read(HEADER + "Giải thể,X1,N1,,,,,\n".repeat(PlanSheet.MAX_ROWS + 1));
		assertThat(tooLong.problems()).extracting(PlanProblem::messageKey)
			.containsExactly("reorganisation.sheet.tooManyRows");
		assertThat(tooLong.problems().getFirst().args()).containsExactly(PlanSheet.MAX_ROWS);

		assertThat(PlanSheet.read(new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }).problems())
			.extracting(PlanProblem::messageKey)
			.containsExactly("reorganisation.sheet.unreadable");
	}

	private static PlanSheet.Parsed read(String csv) {
		return PlanSheet.read(csv.getBytes(StandardCharsets.UTF_8));
	}

}
