package vn.thidua.unit.reorganisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.importing.ImportColumn;
import vn.thidua.shared.importing.ImportLine;
import vn.thidua.shared.importing.SheetLines;
import vn.thidua.shared.importing.SheetPipeline;
import vn.thidua.shared.text.Diacritics;
import vn.thidua.unit.UnitKind;

/**
 * Reads a plan from an .xlsx or .csv sheet through {@link SheetPipeline#readAll}, one
 * operation a row and at most {@value #MAX_ROWS} of them, with or without diacritics in
 * headers and values; rows are numbered as the sheet shows them.
 */
final class PlanSheet {

	static final int MAX_ROWS = 5_000;

	static final List<String> HEADERS = List.of("Thao tác", "Mã đơn vị trước sắp xếp", "Mã đơn vị sau sắp xếp",
			"Tên đơn vị sau sắp xếp", "Loại đơn vị", "Mã đơn vị cấp trên", "Mã ĐVHC", "Tài khoản");

	/** The columns, in the order of {@link #HEADERS}. */
	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("kind", "thao tac"),
			ImportColumn.required("sourceCodes", "ma don vi truoc sap xep"),
			ImportColumn.required("targetCode", "ma don vi sau sap xep"),
			ImportColumn.optional("targetName", "ten don vi sau sap xep"),
			ImportColumn.optional("targetKind", "loai don vi"),
			ImportColumn.optional("parentCode", "ma don vi cap tren"),
			ImportColumn.optional("officialCode", "ma dvhc", "ma don vi hanh chinh"),
			ImportColumn.optional("accounts", "tai khoan"));

	private static final Map<String, OperationKind> KINDS = Map.ofEntries(Map.entry("hop nhat", OperationKind.MERGE),
			Map.entry("sap nhap", OperationKind.MERGE), Map.entry("chia tach", OperationKind.SPLIT),
			Map.entry("giai the", OperationKind.DISSOLVE), Map.entry("doi ten", OperationKind.RENAME),
			Map.entry("chuyen cap tren", OperationKind.MOVE), Map.entry("dieu chuyen", OperationKind.MOVE));

	private static final Map<String, UnitKind> UNIT_KINDS = Map.ofEntries(Map.entry("tinh", UnitKind.PROVINCE),
			Map.entry("thanh pho", UnitKind.PROVINCE), Map.entry("xa", UnitKind.COMMUNE),
			Map.entry("phuong", UnitKind.COMMUNE), Map.entry("dac khu", UnitKind.COMMUNE),
			Map.entry("huyen", UnitKind.DISTRICT), Map.entry("so", UnitKind.DEPARTMENT),
			Map.entry("so, ban, nganh", UnitKind.DEPARTMENT), Map.entry("so nganh", UnitKind.DEPARTMENT),
			Map.entry("khac", UnitKind.OTHER));

	record Parsed(List<PlanCheck.Line> lines, List<PlanProblem> problems) {
	}

	private PlanSheet() {
	}

	/**
	 * The sheet's operations with the problems of their cells, or why it cannot be read:
	 * the file, each missing required column, or no operation at all.
	 */
	static Parsed read(byte[] content) {
		SheetLines sheet = SheetPipeline.readAll(content, COLUMNS, MAX_ROWS, "reorganisation.sheet");
		if (sheet.fileProblemKey() != null) {
			return new Parsed(List.of(),
					List.of(new PlanProblem(0, "", sheet.fileProblemKey(), sheet.fileProblemArgs())));
		}
		if (!sheet.missingColumns().isEmpty()) {
			return new Parsed(List.of(),
					sheet.missingColumns()
						.stream()
						.map(column -> new PlanProblem(0, column.key(), "reorganisation.sheet.missingColumn",
								HEADERS.get(COLUMNS.indexOf(column))))
						.toList());
		}
		if (sheet.isEmpty()) {
			return new Parsed(List.of(), List.of(new PlanProblem(0, "", "reorganisation.problem.empty")));
		}
		List<PlanProblem> problems = new ArrayList<>();
		List<PlanCheck.Line> lines = new ArrayList<>();
		for (ImportLine row : sheet.lines()) {
			lines.add(new PlanCheck.Line(row.number(), line(row, problems)));
		}
		return new Parsed(lines, problems);
	}

	private static OperationDraft line(ImportLine row, List<PlanProblem> problems) {
		String kindText = row.get("kind");
		OperationKind kind = operationKind(kindText);
		if (kind == null) {
			problems.add(new PlanProblem(row.number(), "kind", "reorganisation.sheet.unknownOperation", kindText));
			kind = OperationKind.MERGE;
		}
		String unitKindText = row.get("targetKind");
		UnitKind unitKind = unitKind(unitKindText);
		if (!unitKindText.isBlank() && unitKind == null) {
			problems.add(new PlanProblem(row.number(), "targetKind", "reorganisation.sheet.unknownKind", unitKindText));
		}
		String accounts = Diacritics.fold(row.get("accounts"));
		if (!accounts.isBlank() && !accounts.equals("chuyen") && !accounts.equals("khoa")) {
			problems.add(new PlanProblem(row.number(), "accounts", "reorganisation.sheet.unknownAccounts",
					row.get("accounts")));
		}
		List<String> sources = Arrays.stream(row.get("sourceCodes").split("[;,\\n]"))
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.toList();
		return new OperationDraft(kind, sources, row.get("targetCode"), emptyToNull(row.get("targetName")), unitKind,
				emptyToNull(row.get("parentCode")), emptyToNull(row.get("officialCode")), accounts.equals("khoa"));
	}

	static @Nullable OperationKind operationKind(String text) {
		String folded = Diacritics.fold(text);
		OperationKind kind = KINDS.get(folded);
		if (kind != null) {
			return kind;
		}
		return Arrays.stream(OperationKind.values())
			.filter(candidate -> candidate.name().equalsIgnoreCase(folded))
			.findFirst()
			.orElse(null);
	}

	static @Nullable UnitKind unitKind(String text) {
		String folded = Diacritics.fold(text);
		UnitKind kind = UNIT_KINDS.get(folded);
		if (kind != null) {
			return kind;
		}
		return Arrays.stream(UnitKind.values())
			.filter(candidate -> candidate != UnitKind.NATIONAL && candidate.name().equalsIgnoreCase(folded))
			.findFirst()
			.orElse(null);
	}

	private static @Nullable String emptyToNull(String text) {
		return text.isBlank() ? null : text;
	}

}
