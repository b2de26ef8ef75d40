package vn.thidua.unit.reorganisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.sheet.SheetReader;
import vn.thidua.shared.sheet.SheetReader.SheetRow;
import vn.thidua.shared.sheet.SheetReader.UnreadableSheetException;
import vn.thidua.shared.text.Diacritics;
import vn.thidua.unit.UnitKind;

/**
 * Reads a plan from an .xlsx or .csv sheet, one operation a row, with or without
 * diacritics in headers and values; rows are numbered as the sheet shows them.
 */
final class PlanSheet {

	static final int MAX_ROWS = 5_000;

	static final List<String> HEADERS = List.of("Thao tác", "Mã đơn vị trước sắp xếp", "Mã đơn vị sau sắp xếp",
			"Tên đơn vị sau sắp xếp", "Loại đơn vị", "Mã đơn vị cấp trên", "Mã ĐVHC", "Tài khoản");

	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("thao tac", "kind"),
			Map.entry("ma don vi truoc sap xep", "sourceCodes"), Map.entry("ma don vi sau sap xep", "targetCode"),
			Map.entry("ten don vi sau sap xep", "targetName"), Map.entry("loai don vi", "targetKind"),
			Map.entry("ma don vi cap tren", "parentCode"), Map.entry("ma dvhc", "officialCode"),
			Map.entry("ma don vi hanh chinh", "officialCode"), Map.entry("tai khoan", "accounts"));

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

	static Parsed read(byte[] content) {
		List<SheetRow> rows;
		try {
			rows = SheetReader.read(content, MAX_ROWS + 1, "reorganisation.sheet");
		}
		catch (UnreadableSheetException ex) {
			return new Parsed(List.of(), List.of(new PlanProblem(0, "", ex.messageKey(), ex.args())));
		}
		if (rows.isEmpty()) {
			return new Parsed(List.of(), List.of(new PlanProblem(0, "", "reorganisation.problem.empty")));
		}
		Map<String, Integer> columns = SheetReader.columns(rows.getFirst().cells(), COLUMNS);
		List<PlanProblem> problems = new ArrayList<>();
		for (String required : List.of("kind", "sourceCodes", "targetCode")) {
			if (!columns.containsKey(required)) {
				problems.add(new PlanProblem(0, required, "reorganisation.sheet.missingColumn",
						HEADERS.get(List.of("kind", "sourceCodes", "targetCode").indexOf(required))));
			}
		}
		if (!problems.isEmpty()) {
			return new Parsed(List.of(), problems);
		}
		List<PlanCheck.Line> lines = new ArrayList<>();
		for (SheetRow row : rows.subList(1, rows.size())) {
			if (!row.isBlank()) {
				lines.add(new PlanCheck.Line(row.number(), line(row, columns, problems)));
			}
		}
		return new Parsed(lines, problems);
	}

	private static OperationDraft line(SheetRow row, Map<String, Integer> columns, List<PlanProblem> problems) {
		String kindText = row.cell(columns, "kind");
		OperationKind kind = operationKind(kindText);
		if (kind == null) {
			problems.add(new PlanProblem(row.number(), "kind", "reorganisation.sheet.unknownOperation", kindText));
			kind = OperationKind.MERGE;
		}
		String unitKindText = row.cell(columns, "targetKind");
		UnitKind unitKind = unitKind(unitKindText);
		if (!unitKindText.isBlank() && unitKind == null) {
			problems.add(new PlanProblem(row.number(), "targetKind", "reorganisation.sheet.unknownKind", unitKindText));
		}
		String accounts = Diacritics.fold(row.cell(columns, "accounts"));
		if (!accounts.isBlank() && !accounts.equals("chuyen") && !accounts.equals("khoa")) {
			problems.add(new PlanProblem(row.number(), "accounts", "reorganisation.sheet.unknownAccounts",
					row.cell(columns, "accounts")));
		}
		List<String> sources = Arrays.stream(row.cell(columns, "sourceCodes").split("[;,\\n]"))
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.toList();
		return new OperationDraft(kind, sources, row.cell(columns, "targetCode"),
				emptyToNull(row.cell(columns, "targetName")), unitKind, emptyToNull(row.cell(columns, "parentCode")),
				emptyToNull(row.cell(columns, "officialCode")), accounts.equals("khoa"));
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
