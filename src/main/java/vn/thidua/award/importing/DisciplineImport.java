package vn.thidua.award.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.thidua.award.DisciplineDetails;
import vn.thidua.award.DisciplineKind;
import vn.thidua.award.DisciplinePenalty;
import vn.thidua.award.RegistryFacts;
import vn.thidua.shared.importing.ImportBatch;
import vn.thidua.shared.importing.ImportColumn;
import vn.thidua.shared.importing.ImportLine;
import vn.thidua.shared.importing.ImportReport;
import vn.thidua.shared.importing.SheetImport;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Discipline decisions, investigations, inspections and complaints of people from a
 * sheet. One of the same kind and start day for the same person is skipped.
 */
@Service
public class DisciplineImport implements SheetImport {

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("unitCode", "ma don vi"),
			ImportColumn.required("fullName", "ho va ten", "ho ten"), ImportColumn.required("birthDate", "ngay sinh"),
			ImportColumn.optional("kind", "loai"), ImportColumn.optional("penalty", "hinh thuc ky luat", "hinh thuc"),
			ImportColumn.required("detail", "noi dung"), ImportColumn.optional("decisionNumber", "so quyet dinh"),
			ImportColumn.required("startedOn", "ngay bat dau", "tu ngay"),
			ImportColumn.optional("endedOn", "ngay ket thuc", "den ngay"));

	private static final Map<String, DisciplineKind> KINDS = Map.of("ky luat", DisciplineKind.DISCIPLINE, "dieu tra",
			DisciplineKind.INVESTIGATION, "thanh tra", DisciplineKind.INSPECTION, "kiem tra", DisciplineKind.INSPECTION,
			"thanh tra, kiem tra", DisciplineKind.INSPECTION, "khieu nai", DisciplineKind.COMPLAINT, "to cao",
			DisciplineKind.COMPLAINT, "khieu nai, to cao", DisciplineKind.COMPLAINT);

	private static final Map<String, DisciplinePenalty> PENALTIES = Map.of("khien trach", DisciplinePenalty.REPRIMAND,
			"canh cao", DisciplinePenalty.WARNING, "ha bac luong", DisciplinePenalty.SALARY_DOWNGRADE, "giang chuc",
			DisciplinePenalty.DEMOTION, "cach chuc", DisciplinePenalty.REMOVAL, "buoc thoi viec",
			DisciplinePenalty.DISMISSAL);

	private final UnitCatalog units;

	private final RegistryLookup lookup;

	private final RegistryFacts facts;

	private final Clock clock;

	DisciplineImport(UnitCatalog units, RegistryLookup lookup, RegistryFacts facts, Clock clock) {
		this.units = units;
		this.lookup = lookup;
		this.facts = facts;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return "discipline";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public List<Object> example() {
		return List.of("TV-CN-MH", "Kim Thị Sóc Khum", LocalDate.of(1986, 4, 12), "Kỷ luật", "Khiển trách",
				"Vi phạm quy chế làm việc", "05/QĐ-UBND", LocalDate.of(2024, 5, 2), LocalDate.of(2025, 5, 2));
	}

	@Override
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public ImportBatch open(CurrentUser user, boolean write) {
		UnitRow scope = units.get(user.unitId());
		Map<String, Integer> rowOf = new HashMap<>();
		return new ImportBatch() {

			@Override
			public void accept(List<ImportLine> lines, ImportReport report) {
				LocalDate today = LocalDate.now(clock);
				RegistryLookup.Chunk chunk = lookup.chunk(lines);
				record Entry(FactSheet.Subject subject, DisciplineDetails details) {
				}
				List<Entry> entries = new ArrayList<>();
				for (ImportLine line : lines) {
					int row = line.number();
					DisciplineKind kind = FactSheet.choice(line, "kind", KINDS, DisciplineKind.DISCIPLINE,
							"imports.facts.unknownKind", report);
					DisciplinePenalty penalty = FactSheet.choice(line, "penalty", PENALTIES, null,
							"imports.facts.unknownPenalty", report);
					if (penalty != null && kind != DisciplineKind.DISCIPLINE) {
						report.problem(row, "penalty", "facts.discipline.penaltyOnlyForDiscipline");
					}
					String detail = RegistryLookup.text(line, "detail", true, 500, report);
					String number = RegistryLookup.text(line, "decisionNumber", false, 60, report);
					LocalDate started = RegistryLookup.pastDate(line, "startedOn", true, today, report);
					LocalDate ended = RegistryLookup.pastDate(line, "endedOn", false, today.plusYears(10), report);
					if (started != null && started.getYear() < 1945) {
						report.problem(row, "startedOn", "facts.discipline.startedOn");
					}
					if (started != null && ended != null && ended.isBefore(started)) {
						report.problem(row, "endedOn", "facts.discipline.endBeforeStart");
					}
					FactSheet.Subject subject = FactSheet.subject(line, chunk, scope, today, true, report);
					if (subject != null && subject.personId() == null && penalty != null) {
						report.problem(row, "penalty", "facts.discipline.noPenaltyForCollective");
					}
					if (report.isRowInvalid(row) || subject == null || kind == null || detail == null
							|| started == null) {
						continue;
					}
					Integer first = rowOf.putIfAbsent(subject.key() + "|" + kind + "|" + started, row);
					if (first != null) {
						report.problem(row, "startedOn", "imports.ratings.duplicateInSheet", first);
						continue;
					}
					if (subject.personId() != null ? facts.hasDiscipline(subject.personId(), kind, started)
							: facts.hasUnitDiscipline(subject.unit().id(), kind, started)) {
						report.alreadyStored();
						continue;
					}
					entries
						.add(new Entry(subject, new DisciplineDetails(kind, penalty, detail, number, started, ended)));
				}
				if (write && !report.hasProblems()) {
					entries.forEach(entry -> {
						if (entry.subject().personId() != null) {
							facts.recordDiscipline(entry.subject().personId(), entry.details(), user);
						}
						else {
							facts.recordUnitDiscipline(entry.subject().unit().id(), entry.details(), user);
						}
					});
					report.wrote(entries.size());
				}
			}

		};
	}

}
