package vn.thidua.imports.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.imports.BadRow;
import vn.thidua.shared.importing.ImportColumn;
import vn.thidua.shared.importing.ImportProblem;
import vn.thidua.shared.importing.SheetImport;

/**
 * The template of an import: a sheet with the Vietnamese headers the upload reads and one
 * example row, then a sheet of notes saying what each column holds and which values it
 * takes. Always in Vietnamese, whatever language the reader chose.
 */
@Component
class ImportTemplates {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	ImportTemplates(MessageSource messages) {
		this.messages = messages;
	}

	String fileName(SheetImport sheetImport) {
		return text("imports." + sheetImport.kind() + ".templateFile") + ".xlsx";
	}

	void write(SheetImport sheetImport, OutputStream out) throws IOException {
		List<ImportColumn> columns = sheetImport.columns();
		try (Workbook workbook = new Workbook(out, "Thi Dua", "1.0")) {
			Worksheet data = workbook.newWorksheet(text("imports.template.dataSheet"));
			for (int column = 0; column < columns.size(); column++) {
				data.value(0, column, header(sheetImport, columns.get(column)));
				data.style(0, column).bold().fillColor("DDEBF7").set();
				value(data, column, sheetImport.example().get(column));
				data.width(column, 24);
			}
			Worksheet notes = workbook.newWorksheet(text("imports.template.notesSheet"));
			String[] headers = { "imports.template.column", "imports.template.required", "imports.template.note" };
			for (int column = 0; column < headers.length; column++) {
				notes.value(0, column, text(headers[column]));
				notes.style(0, column).bold().set();
			}
			for (int row = 0; row < columns.size(); row++) {
				ImportColumn column = columns.get(row);
				notes.value(row + 1, 0, header(sheetImport, column));
				notes.value(row + 1, 1, text(column.required() ? "imports.template.yes" : "imports.template.no"));
				notes.value(row + 1, 2, text("imports." + sheetImport.kind() + ".note." + column.key()));
				notes.style(row + 1, 2).wrapText(true).set();
			}
			notes.width(0, 28);
			notes.width(1, 10);
			notes.width(2, 100);
		}
	}

	String badRowsFileName(SheetImport sheetImport) {
		return text("imports." + sheetImport.kind() + ".templateFile") + "-" + text("imports.badRows.file") + ".xlsx";
	}

	/**
	 * The rows an import skipped, under the template's headers, with a last column saying
	 * what is wrong with each; the upload ignores that column, so the fixed sheet goes
	 * back as it is.
	 */
	void writeBadRows(SheetImport sheetImport, List<BadRow> rows, OutputStream out) throws IOException {
		List<ImportColumn> columns = sheetImport.columns();
		try (Workbook workbook = new Workbook(out, "Thi Dua", "1.0")) {
			Worksheet data = workbook.newWorksheet(text("imports.template.dataSheet"));
			for (int column = 0; column <= columns.size(); column++) {
				data.value(0, column, column < columns.size() ? header(sheetImport, columns.get(column))
						: text("imports.badRows.problems"));
				data.style(0, column).bold().fillColor(column < columns.size() ? "DDEBF7" : "FCE4D6").set();
				data.width(column, column < columns.size() ? 24 : 60);
			}
			for (int row = 0; row < rows.size(); row++) {
				BadRow bad = rows.get(row);
				for (int column = 0; column < columns.size() && column < bad.cells().size(); column++) {
					data.value(row + 1, column, bad.cells().get(column));
				}
				data.value(row + 1, columns.size(), problems(sheetImport, bad.problems()));
				data.style(row + 1, columns.size()).wrapText(true).set();
			}
			data.freezePane(0, 1);
		}
	}

	private String problems(SheetImport sheetImport, List<ImportProblem> problems) {
		return problems.stream()
			.map(problem -> messages.getMessage("imports.badRows.problem",
					new Object[] { text("imports." + sheetImport.kind() + ".column." + problem.column()),
							messages.getMessage(problem.messageKey(), problem.args(), VIETNAMESE) },
					VIETNAMESE))
			.collect(Collectors.joining("; "));
	}

	private static void value(Worksheet sheet, int column, Object value) {
		switch (value) {
			case LocalDate date -> {
				sheet.value(1, column, date);
				sheet.style(1, column).format("dd/mm/yyyy").set();
			}
			case Number number -> sheet.value(1, column, number);
			default -> sheet.value(1, column, value.toString());
		}
	}

	private String header(SheetImport sheetImport, ImportColumn column) {
		return text("imports." + sheetImport.kind() + ".column." + column.key());
	}

	private String text(String key) {
		return messages.getMessage(key, null, VIETNAMESE);
	}

}
