package vn.thidua.shared.importing;

import java.util.List;

import vn.thidua.shared.security.CurrentUser;

/**
 * One kind of spreadsheet import, implemented by the module that owns the data: its
 * columns, an example row for the template, and a batch that checks (and, when writing,
 * stores) the sheet a chunk of rows at a time.
 */
public interface SheetImport {

	/**
	 * The kind's name in addresses, message keys and the run history.
	 */
	String kind();

	/**
	 * The columns in the template's order.
	 */
	List<ImportColumn> columns();

	/**
	 * A filled-in row for the template, one value per column: text, a number or a date.
	 */
	List<Object> example();

	/**
	 * A fresh batch for one pass over one sheet, checking only, or checking and writing.
	 */
	ImportBatch open(CurrentUser user, boolean write);

}
