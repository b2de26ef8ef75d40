package vn.thidua.imports;

import java.util.List;

import vn.thidua.shared.importing.ImportProblem;

/**
 * A row an import skipped as wrong: its number in the uploaded sheet, its cells in the
 * order of the kind's template columns, and what is wrong with it.
 */
public record BadRow(int row, List<String> cells, List<ImportProblem> problems) {
}
