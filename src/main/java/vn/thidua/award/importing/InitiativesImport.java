package vn.thidua.award.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.thidua.award.Influence;
import vn.thidua.award.InitiativeDetails;
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
 * Recognised initiatives of people from a sheet. One with the same title and year for the
 * same person is skipped.
 */
@Service
public class InitiativesImport implements SheetImport {

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("unitCode", "ma don vi"),
			ImportColumn.required("fullName", "ho va ten", "ho ten"), ImportColumn.required("birthDate", "ngay sinh"),
			ImportColumn.required("title", "ten sang kien", "ten sang kien, de tai", "sang kien"),
			ImportColumn.required("influence", "pham vi anh huong", "cap cong nhan", "pham vi"),
			ImportColumn.optional("decidingBody", "co quan cong nhan"),
			ImportColumn.optional("decisionNumber", "so quyet dinh"),
			ImportColumn.optional("decisionDate", "ngay quyet dinh"), ImportColumn.optional("year", "nam"));

	static final Map<String, Influence> INFLUENCES = Map.of("co so", Influence.UNIT, "cap co so", Influence.UNIT,
			"unit", Influence.UNIT, "cap tinh", Influence.PROVINCE, "tinh", Influence.PROVINCE, "province",
			Influence.PROVINCE, "toan quoc", Influence.NATIONAL, "national", Influence.NATIONAL, "cap toan quoc",
			Influence.NATIONAL);

	private final UnitCatalog units;

	private final RegistryLookup lookup;

	private final RegistryFacts facts;

	private final Clock clock;

	InitiativesImport(UnitCatalog units, RegistryLookup lookup, RegistryFacts facts, Clock clock) {
		this.units = units;
		this.lookup = lookup;
		this.facts = facts;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return "initiatives";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public List<Object> example() {
		return List.of("TV-CN-MH", "Kim Thị Sóc Khum", LocalDate.of(1986, 4, 12), "Số hóa hồ sơ một cửa", "Cơ sở",
				"UBND huyện Cầu Ngang", "12/QĐ-UBND", LocalDate.of(2025, 3, 10), "");
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
				record Entry(long personId, InitiativeDetails details) {
				}
				List<Entry> entries = new ArrayList<>();
				for (ImportLine line : lines) {
					int row = line.number();
					String title = RegistryLookup.text(line, "title", true, 500, report);
					Influence influence = FactSheet.choice(line, "influence", INFLUENCES, null,
							"imports.facts.unknownInfluence", report);
					if (line.get("influence").isBlank()) {
						report.problem(row, "influence", "imports.required");
					}
					String body = RegistryLookup.text(line, "decidingBody", false, 300, report);
					String number = RegistryLookup.text(line, "decisionNumber", false, 60, report);
					LocalDate decided = RegistryLookup.pastDate(line, "decisionDate", false, today, report);
					Integer year = decided != null ? Integer.valueOf(decided.getYear())
							: FactSheet.year(line, line.get("decisionDate").isBlank(), today, report);
					if (decided != null && decided.getYear() < 1945) {
						report.problem(row, "decisionDate", "imports.dateOutOfRange", line.get("decisionDate"));
					}
					FactSheet.Subject subject = FactSheet.subject(line, chunk, scope, today, false, report);
					if (report.isRowInvalid(row) || subject == null || title == null || influence == null
							|| year == null) {
						continue;
					}
					Integer first = rowOf.putIfAbsent(subject.key() + "|" + year + "|" + title, row);
					if (first != null) {
						report.problem(row, "title", "imports.ratings.duplicateInSheet", first);
						continue;
					}
					if (facts.hasInitiative(subject.personId(), title, year)) {
						report.alreadyStored();
						continue;
					}
					entries.add(new Entry(subject.personId(),
							new InitiativeDetails(title, influence, year, body, number, decided)));
				}
				if (write && !report.hasProblems()) {
					entries.forEach(entry -> facts.recognise(entry.personId(), entry.details(), user));
					report.wrote(entries.size());
				}
			}

		};
	}

}
