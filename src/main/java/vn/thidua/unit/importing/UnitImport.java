package vn.thidua.unit.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.thidua.shared.importing.ImportBatch;
import vn.thidua.shared.importing.ImportColumn;
import vn.thidua.shared.importing.ImportLine;
import vn.thidua.shared.importing.ImportReport;
import vn.thidua.shared.importing.SheetImport;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.sheet.SheetReader;
import vn.thidua.shared.text.Diacritics;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;
import vn.thidua.unit.UnitRow;

/**
 * Creates a subtree of units from a sheet. Parents may come later in the same sheet; a
 * unit already stored under the same parent is skipped, one stored elsewhere is an error.
 * Writing creates parents before their children.
 */
@Service
public class UnitImport implements SheetImport {

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("code", "ma don vi"),
			ImportColumn.required("name", "ten don vi"), ImportColumn.required("kind", "loai", "loai don vi"),
			ImportColumn.required("parentCode", "ma don vi cap tren"),
			ImportColumn.optional("validFrom", "ngay hieu luc", "hieu luc tu"));

	private static final Map<String, UnitKind> KINDS = Map.ofEntries(Map.entry("tinh", UnitKind.PROVINCE),
			Map.entry("thanh pho truc thuoc trung uong", UnitKind.PROVINCE), Map.entry("huyen", UnitKind.DISTRICT),
			Map.entry("cap huyen", UnitKind.DISTRICT), Map.entry("xa", UnitKind.COMMUNE),
			Map.entry("cap xa", UnitKind.COMMUNE), Map.entry("phuong", UnitKind.COMMUNE),
			Map.entry("so nganh", UnitKind.DEPARTMENT), Map.entry("so, ban, nganh", UnitKind.DEPARTMENT),
			Map.entry("khac", UnitKind.OTHER), Map.entry("to chuc khac", UnitKind.OTHER));

	private final UnitCatalog catalog;

	private final UnitManagement management;

	private final EntityManager entityManager;

	private final Clock clock;

	UnitImport(UnitCatalog catalog, UnitManagement management, EntityManager entityManager, Clock clock) {
		this.catalog = catalog;
		this.management = management;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return "units";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public List<Object> example() {
		return List.of("TV-CT-HL", "Xã Hòa Lợi", "Xã", "TV-CT", LocalDate.of(2020, 1, 1));
	}

	@Override
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public ImportBatch open(CurrentUser user, boolean write) {
		return new Batch(management.scopeRoot(user), user, write);
	}

	private record UnitLine(int row, String code, String name, @Nullable UnitKind kind, String parentCode,
			LocalDate validFrom) {
	}

	private final class Batch implements ImportBatch {

		private final UnitRow scope;

		private final CurrentUser user;

		private final boolean write;

		private final Map<String, Integer> rowOfCode = new HashMap<>();

		private final Map<String, List<Integer>> awaitingParent = new HashMap<>();

		private final Map<String, Long> created = new HashMap<>();

		private final Map<String, List<UnitLine>> waitingChildren = new HashMap<>();

		Batch(UnitRow scope, CurrentUser user, boolean write) {
			this.scope = scope;
			this.user = user;
			this.write = write;
		}

		@Override
		public void accept(List<ImportLine> lines, ImportReport report) {
			Set<String> referenced = new HashSet<>();
			lines.forEach(line -> {
				referenced.add(line.get("code"));
				referenced.add(line.get("parentCode"));
			});
			Map<String, UnitRow> stored = catalog.findActiveByCodes(referenced);
			for (ImportLine line : lines) {
				UnitLine unit = check(line, stored, report);
				if (report.isRowInvalid(line.number())) {
					continue;
				}
				if (stored.containsKey(unit.code())) {
					report.alreadyStored();
				}
				else if (write && !report.hasProblems()) {
					create(unit, stored, report);
				}
			}
			if (write) {
				entityManager.flush();
				entityManager.clear();
			}
		}

		@Override
		public void finish(ImportReport report) {
			awaitingParent.forEach((parentCode, rows) -> rows
				.forEach(row -> report.problem(row, "parentCode", "unit.import.parentNotFound", parentCode)));
		}

		private UnitLine check(ImportLine line, Map<String, UnitRow> stored, ImportReport report) {
			int row = line.number();
			String code = line.get("code");
			String parentCode = line.get("parentCode");
			String kindText = line.get("kind");
			UnitKind kind = kindOf(kindText);
			if (code.isBlank()) {
				report.problem(row, "code", "imports.required");
			}
			else if (!code.matches("[A-Za-z0-9._-]{1,40}")) {
				report.problem(row, "code", "unit.code.pattern");
			}
			else if (rowOfCode.containsKey(code)) {
				report.problem(row, "code", "unit.import.duplicateInSheet", code, rowOfCode.get(code));
			}
			else if (stored.containsKey(code) && !isStoredUnder(stored.get(code), stored.get(parentCode))) {
				report.problem(row, "code", "unit.code.taken", code);
			}
			String name = line.get("name");
			if (name.isBlank()) {
				report.problem(row, "name", "imports.required");
			}
			else if (name.length() > 255) {
				report.problem(row, "name", "imports.tooLong", "255");
			}
			if (kind == null) {
				report.problem(row, "kind", kindText.isBlank() ? "imports.required" : "unit.import.unknownKind",
						kindText);
			}
			checkParent(row, code, parentCode, stored, report);
			String validFrom = line.get("validFrom");
			LocalDate date = SheetReader.date(validFrom);
			if (!validFrom.isBlank() && date == null) {
				report.problem(row, "validFrom", "imports.badDate", validFrom);
			}
			if (!code.isBlank()) {
				rowOfCode.putIfAbsent(code, row);
				awaitingParent.remove(code);
			}
			return new UnitLine(row, code, name, kind, parentCode, date == null ? LocalDate.now(clock) : date);
		}

		private boolean isStoredUnder(UnitRow unit, @Nullable UnitRow parent) {
			return parent != null && unit.isWithin(scope) && Objects.equals(unit.parentId(), parent.id());
		}

		private void checkParent(int row, String code, String parentCode, Map<String, UnitRow> stored,
				ImportReport report) {
			if (parentCode.isBlank()) {
				report.problem(row, "parentCode", "imports.required");
			}
			else if (parentCode.equals(code)) {
				report.problem(row, "parentCode", "unit.import.ownParent");
			}
			else if (!rowOfCode.containsKey(parentCode) && parentInScope(parentCode, stored) == null) {
				awaitingParent.computeIfAbsent(parentCode, key -> new ArrayList<>()).add(row);
			}
		}

		private @Nullable Long parentInScope(String parentCode, Map<String, UnitRow> stored) {
			UnitRow parent = stored.get(parentCode);
			return parent != null && parent.isWithin(scope) ? parent.id() : null;
		}

		/**
		 * Creates the unit when its parent exists, then every unit of the sheet that was
		 * waiting for it; otherwise it waits for its parent further down the sheet.
		 */
		private void create(UnitLine unit, Map<String, UnitRow> stored, ImportReport report) {
			Long parentId = created.getOrDefault(unit.parentCode(), parentInScope(unit.parentCode(), stored));
			if (parentId == null) {
				waitingChildren.computeIfAbsent(unit.parentCode(), key -> new ArrayList<>()).add(unit);
				return;
			}
			Deque<Map.Entry<UnitLine, Long>> ready = new ArrayDeque<>();
			ready.add(Map.entry(unit, parentId));
			while (!ready.isEmpty()) {
				var next = ready.poll();
				UnitLine line = next.getKey();
				long id = management
					.create(next.getValue(), new UnitDetails(line.code(), line.name(), line.kind(), line.validFrom()),
							user)
					.getId();
				created.put(line.code(), id);
				report.wrote(1);
				waitingChildren.getOrDefault(line.code(), List.of()).forEach(child -> ready.add(Map.entry(child, id)));
				waitingChildren.remove(line.code());
			}
		}

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
