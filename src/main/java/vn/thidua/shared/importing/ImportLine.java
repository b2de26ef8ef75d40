package vn.thidua.shared.importing;

import java.util.List;
import java.util.Map;

/**
 * A data row of an import sheet: its number as the sheet shows it and its cells by column
 * key.
 */
public record ImportLine(int number, List<String> cells, Map<String, Integer> columns) {

	/**
	 * The text of a column, stripped; empty when the sheet lacks the column.
	 */
	public String get(String column) {
		Integer index = columns.get(column);
		return index == null || index >= cells.size() ? "" : cells.get(index).strip();
	}

}
