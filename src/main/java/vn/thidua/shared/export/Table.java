package vn.thidua.shared.export;

import java.util.List;

/**
 * What an export shows above and in its table: a title, lines such as the filters that
 * chose the rows, and the columns.
 */
public record Table<T>(String title, List<String> notes, List<Column<T>> columns) {

}
