package vn.thidua.unit.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.Diacritics;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;
import vn.thidua.unit.UnitRow;
import vn.thidua.shared.sheet.SheetReader;
import vn.thidua.shared.sheet.SheetReader.SheetRow;
import vn.thidua.shared.sheet.SheetReader.UnreadableSheetException;

/**
 * Creates a subtree of units from a sheet: first a preview with every problem per row and
 * column, then a commit that creates all rows or none.
 */
@Service
public class UnitImport {

	public static final int MAX_ROWS = 5000;

	static final List<String> COLUMNS = List.of("code", "name", "kind", "parentCode", "validFrom");

	private static final Map<String, String> HEADERS = Map.of("ma don vi", "code", "ten don vi", "name", "loai", "kind",
			"loai don vi", "kind", "ma don vi cap tren", "parentCode", "ngay hieu luc", "validFrom", "hieu luc tu",
			"validFrom");

	private static final Map<String, UnitKind> KINDS = Map.ofEntries(Map.entry("tinh", UnitKind.PROVINCE),
			Map.entry("thanh pho truc thuoc trung uong", UnitKind.PROVINCE), Map.entry("huyen", UnitKind.DISTRICT),
			Map.entry("cap huyen", UnitKind.DISTRICT), Map.entry("xa", UnitKind.COMMUNE),
			Map.entry("cap xa", UnitKind.COMMUNE), Map.entry("phuong", UnitKind.COMMUNE),
			Map.entry("so nganh", UnitKind.DEPARTMENT), Map.entry("so, ban, nganh", UnitKind.DEPARTMENT),
			Map.entry("khac", UnitKind.OTHER), Map.entry("to chuc khac", UnitKind.OTHER));

	private final UnitCatalog catalog;

	private final UnitManagement management;

	private final Clock clock;

	UnitImport(UnitCatalog catalog, UnitManagement management, Clock clock) {
		this.catalog = catalog;
		this.management = management;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	@Transactional(readOnly = true)
	public ImportPreview preview(byte[] content, CurrentUser user) {
		List<SheetRow> sheet;
		try {
			sheet = SheetReader.read(content, MAX_ROWS, "unit.import");
		}
		catch (UnreadableSheetException ex) {
			return ImportPreview.unreadable(ex.messageKey(), ex.args());
		}
		if (sheet.isEmpty()) {
			return ImportPreview.unreadable("unit.import.empty");
		}
		Map<String, Integer> columns = SheetReader.columns(sheet.get(0).cells(), HEADERS);
		if (!columns.keySet().containsAll(List.of("code", "name", "kind", "parentCode"))) {
			return ImportPreview.unreadable("unit.import.missingColumns");
		}
		List<ImportRow> rows = sheet.subList(1, sheet.size())
			.stream()
			.filter(row -> !row.isBlank())
			.map(row -> toRow(row, columns))
			.toList();
		if (rows.isEmpty()) {
			return ImportPreview.unreadable("unit.import.empty");
		}
		check(rows, management.scopeRoot(user));
		return new ImportPreview(rows, null, new Object[0]);
	}

	/**
	 * Creates every unit of the sheet, parents before children, or none of them.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	@Transactional
	public int commit(byte[] content, CurrentUser user) {
		ImportPreview preview = preview(content, user);
		if (!preview.isCommittable()) {
			throw new BusinessRuleViolation("unit.import.notCommittable");
		}
		Map<String, Long> created = new HashMap<>();
		Map<String, ImportRow> pending = new LinkedHashMap<>();
		preview.rows().forEach(row -> pending.put(row.code(), row));
		while (!pending.isEmpty()) {
			List<ImportRow> ready = pending.values()
				.stream()
				.filter(row -> !pending.containsKey(row.parentCode()))
				.toList();
			if (ready.isEmpty()) {
				throw new BusinessRuleViolation("unit.import.cycle");
			}
			for (ImportRow row : ready) {
				long parentId = Optional.ofNullable(created.get(row.parentCode()))
					.orElseGet(() -> catalog.findActiveByCode(row.parentCode()).orElseThrow().id());
				var unit = management.create(parentId,
						new UnitDetails(row.code(), row.name(), row.kind(), validFrom(row)), user);
				created.put(row.code(), unit.getId());
				pending.remove(row.code());
			}
		}
		return created.size();
	}

	private void check(List<ImportRow> rows, UnitRow scope) {
		Set<String> referenced = new HashSet<>();
		rows.forEach(row -> {
			referenced.add(row.code());
			referenced.add(row.parentCode());
		});
		Map<String, UnitRow> existing = catalog.findActiveByCodes(referenced);
		Set<String> codesInSheet = new HashSet<>();
		Set<String> duplicates = new HashSet<>();
		rows.forEach(row -> {
			if (!codesInSheet.add(row.code())) {
				duplicates.add(row.code());
			}
		});
		for (ImportRow row : rows) {
			if (row.code().isBlank()) {
				row.problem("code", "unit.import.required");
			}
			else if (!row.code().matches("[A-Za-z0-9._-]{1,40}")) {
				row.problem("code", "unit.code.pattern");
			}
			else if (duplicates.contains(row.code())) {
				row.problem("code", "unit.import.duplicateInSheet", row.code());
			}
			else if (existing.containsKey(row.code())) {
				row.problem("code", "unit.code.taken", row.code());
			}
			if (row.name().isBlank()) {
				row.problem("name", "unit.import.required");
			}
			else if (row.name().length() > 255) {
				row.problem("name", "unit.import.tooLong", 255);
			}
			if (row.kind() == null) {
				row.problem("kind", row.kindText().isBlank() ? "unit.import.required" : "unit.import.unknownKind",
						row.kindText());
			}
			checkParent(row, codesInSheet, existing, scope);
			if (!row.validFromText().isBlank() && SheetReader.date(row.validFromText()) == null) {
				row.problem("validFrom", "unit.import.badDate", row.validFromText());
			}
		}
	}

	private static void checkParent(ImportRow row, Set<String> codesInSheet, Map<String, UnitRow> existing,
			UnitRow scope) {
		if (row.parentCode().isBlank()) {
			row.problem("parentCode", "unit.import.required");
		}
		else if (row.parentCode().equals(row.code())) {
			row.problem("parentCode", "unit.import.ownParent");
		}
		else if (!codesInSheet.contains(row.parentCode())) {
			UnitRow parent = existing.get(row.parentCode());
			if (parent == null || !parent.isWithin(scope)) {
				row.problem("parentCode", "unit.import.parentNotFound", row.parentCode());
			}
		}
	}

	private LocalDate validFrom(ImportRow row) {
		LocalDate date = SheetReader.date(row.validFromText());
		return date == null ? LocalDate.now(clock) : date;
	}

	private static ImportRow toRow(SheetRow row, Map<String, Integer> columns) {
		String kindText = row.cell(columns, "kind");
		UnitKind kind = kindOf(kindText);
		return new ImportRow(row.number(), row.cell(columns, "code"), row.cell(columns, "name"), kindText, kind,
				row.cell(columns, "parentCode"), row.cell(columns, "validFrom"), List.of());
	}

	private static @Nullable UnitKind kindOf(String text) {
		String folded = Diacritics.fold(text);
		UnitKind kind = KINDS.get(folded);
		if (kind != null) {
			return kind;
		}
		for (UnitKind candidate : UnitKind.values()) {
			if (candidate != UnitKind.NATIONAL && candidate.name().equalsIgnoreCase(folded)) {
				return candidate;
			}
		}
		return null;
	}

}
