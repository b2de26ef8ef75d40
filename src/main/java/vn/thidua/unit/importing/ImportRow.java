package vn.thidua.unit.importing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.thidua.unit.UnitKind;

/**
 * One data row of an import sheet, as read and checked; {@code rowNumber} is the sheet's
 * own row number.
 */
public record ImportRow(int rowNumber, String code, String name, String kindText, @Nullable UnitKind kind,
		String parentCode, String validFromText, List<ImportProblem> problems) {

	public ImportRow {
		problems = new ArrayList<>(problems);
	}

	public boolean isValid() {
		return problems.isEmpty();
	}

	void problem(String column, String messageKey, Object... args) {
		problems.add(new ImportProblem(column, messageKey, args));
	}

}
