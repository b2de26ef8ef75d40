package vn.thidua.shared.export;

/**
 * How a column's values are written: text as text, numbers as numbers and dates as dates,
 * so a spreadsheet can sum and sort them.
 */
public enum CellType {

	TEXT, INTEGER, DECIMAL, DATE

}
