package vn.thidua.award.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.thidua.award.PersonalId;
import vn.thidua.award.importing.RegistryLookup.PersonKey;
import vn.thidua.shared.importing.ImportBatch;
import vn.thidua.shared.importing.ImportColumn;
import vn.thidua.shared.importing.ImportLine;
import vn.thidua.shared.importing.ImportReport;
import vn.thidua.shared.importing.SheetImport;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.Diacritics;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Adds people to the registry from a sheet. A person is known by personal identification
 * number when the row has one, else by unit, name key (Thủy and Thuỷ are one name) and
 * birth date: one already stored is skipped, the same person twice in a sheet is an
 * error.
 */
@Service
public class PeopleImport implements SheetImport {

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("fullName", "ho va ten", "ho ten"),
			ImportColumn.required("birthDate", "ngay sinh"), ImportColumn.optional("sex", "gioi tinh"),
			ImportColumn.optional("position", "chuc vu"), ImportColumn.required("unitCode", "ma don vi"),
			ImportColumn.optional("personalId", "so dinh danh ca nhan", "so dinh danh", "so can cuoc", "cccd"));

	private static final Map<String, String> SEXES = Map.of("nam", "MALE", "nu", "FEMALE", "male", "MALE", "female",
			"FEMALE");

	private static final String INSERT = """
			insert into person (full_name, search_text, birth_date, sex, position, unit_id, personal_id)
			values (?, ?, ?, ?, ?, ?, ?)
			""";

	private final UnitCatalog units;

	private final RegistryLookup lookup;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PeopleImport(UnitCatalog units, RegistryLookup lookup, JdbcTemplate jdbc, Clock clock) {
		this.units = units;
		this.lookup = lookup;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return "people";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public List<Object> example() {
		return List.of("Kim Thị Sóc Khum", LocalDate.of(1986, 4, 12), "Nữ", "Công chức Văn hóa – Xã hội", "TV-CN-MH",
				"");
	}

	@Override
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public ImportBatch open(CurrentUser user, boolean write) {
		return new Batch(units.get(user.unitId()), write);
	}

	private record NewPerson(PersonKey key, String fullName, @Nullable String sex, @Nullable String position,
			@Nullable String personalId) {
	}

	private final class Batch implements ImportBatch {

		private final UnitRow scope;

		private final boolean write;

		private final Map<PersonKey, Integer> rowOfPerson = new HashMap<>();

		private final Map<String, Integer> rowOfPersonalId = new HashMap<>();

		Batch(UnitRow scope, boolean write) {
			this.scope = scope;
			this.write = write;
		}

		@Override
		public void accept(List<ImportLine> lines, ImportReport report) {
			RegistryLookup.Chunk chunk = lookup.chunk(lines);
			List<NewPerson> fresh = new ArrayList<>();
			for (ImportLine line : lines) {
				NewPerson person = check(line, chunk.unitsByCode(), report);
				if (person == null) {
					continue;
				}
				if (chunk.find(person.personalId(), person.key()) != null) {
					report.alreadyStored();
				}
				else {
					fresh.add(person);
				}
			}
			if (write && !report.hasProblems()) {
				insert(fresh, report);
			}
		}

		private @Nullable NewPerson check(ImportLine line, Map<String, UnitRow> unitsByCode, ImportReport report) {
			LocalDate today = LocalDate.now(clock);
			String fullName = RegistryLookup.text(line, "fullName", true, 200, report);
			LocalDate birthDate = RegistryLookup.pastDate(line, "birthDate", true, today, report);
			String sexText = line.get("sex");
			String sex = SEXES.get(Diacritics.fold(sexText));
			if (!sexText.isBlank() && sex == null) {
				report.problem(line.number(), "sex", "imports.people.unknownSex", sexText);
			}
			String position = RegistryLookup.text(line, "position", false, 200, report);
			UnitRow unit = RegistryLookup.unit(line, "unitCode", unitsByCode, scope, report);
			String personalId = line.get("personalId").isEmpty() ? null : line.get("personalId");
			if (personalId != null) {
				PersonalId.problems(personalId, birthDate, sex)
					.forEach(problem -> report.problem(line.number(), "personalId", problem));
			}
			if (report.isRowInvalid(line.number())) {
				return null;
			}
			PersonKey key = PersonKey.of(unit.id(), fullName, birthDate);
			Integer first = personalId == null ? rowOfPerson.putIfAbsent(key, line.number())
					: rowOfPersonalId.putIfAbsent(personalId, line.number());
			if (first != null) {
				report.problem(line.number(), "fullName", "imports.people.duplicateInSheet", first);
				return null;
			}
			return new NewPerson(key, fullName, sex, position, personalId);
		}

		private void insert(List<NewPerson> people, ImportReport report) {
			jdbc.batchUpdate(INSERT,
					people.stream()
						.map(person -> new Object[] { person.fullName(), Diacritics.fold(person.fullName()),
								person.key().birthDate(), person.sex(), person.position(), person.key().unitId(),
								person.personalId() })
						.toList());
			report.wrote(people.size());
		}

	}

}
