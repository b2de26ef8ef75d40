package vn.thidua.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes .xlsx sheets for upload tests with the fastexcel writer: text, numbers, and
 * dates as real date cells (dd/mm/yyyy), as a spreadsheet program would save them.
 */
public final class Sheets {

	private Sheets() {
	}

	public static byte[] xlsx(String name, Object[][] rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "ThiDua", "1.0")) {
			Worksheet sheet = workbook.newWorksheet(name);
			for (int r = 0; r < rows.length; r++) {
				for (int c = 0; c < rows[r].length; c++) {
					switch (rows[r][c]) {
						case LocalDate date -> {
							sheet.value(r, c, date);
							sheet.style(r, c).format("dd/mm/yyyy").set();
						}
						case Number number -> sheet.value(r, c, number);
						case null -> {
						}
						default -> sheet.value(r, c, rows[r][c].toString());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
