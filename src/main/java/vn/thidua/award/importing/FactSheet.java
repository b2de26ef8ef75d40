package vn.thidua.award.importing;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.importing.RegistryLookup.PersonKey;
import vn.thidua.shared.importing.ImportLine;
import vn.thidua.shared.importing.ImportReport;
import vn.thidua.unit.UnitRow;

/**
 * What the registry-fact imports share: the subject of a row, a person known by unit,
 * name and birth date (looked up through {@link RegistryLookup}) or, with the name left
 * empty, the collective of the unit; and the year of a row.
 */
final class FactSheet {

	private FactSheet() {
	}

	/**
	 * A row's subject: a person or (no person) the unit as a collective.
	 */
	record Subject(@Nullable Long personId, UnitRow unit) {

		String key() {
			return personId != null ? "p" + personId : "u" + unit.id();
		}

	}

	/**
	 * The subject of a row, or null with the problem reported. Without
	 * {@code collective}, the name is required.
	 */
	static @Nullable Subject subject(ImportLine line, RegistryLookup.Chunk chunk, UnitRow scope, LocalDate today,
			boolean collective, ImportReport report) {
		UnitRow unit = RegistryLookup.unit(line, "unitCode", chunk.unitsByCode(), scope, report);
		boolean named = !line.get("fullName").isBlank();
		if (!named && collective) {
			return unit == null ? null : new Subject(null, unit);
		}
		String fullName = RegistryLookup.text(line, "fullName", true, 200, report);
		LocalDate birthDate = RegistryLookup.pastDate(line, "birthDate", true, today, report);
		if (unit == null || fullName == null || birthDate == null) {
			return null;
		}
		String personalId = line.get("personalId").strip();
		RegistryLookup.StoredPerson person = chunk.find(personalId.isEmpty() ? null : personalId,
				PersonKey.of(unit.id(), fullName, birthDate));
		if (person == null) {
			report.problem(line.number(), "fullName", "imports.facts.personNotFound", fullName, line.get("birthDate"),
					unit.code());
			return null;
		}
		return new Subject(person.id(), unit);
	}

	static @Nullable Integer year(ImportLine line, boolean required, LocalDate today, ImportReport report) {
		String text = line.get("year").strip();
		if (text.isEmpty()) {
			if (required) {
				report.problem(line.number(), "year", "imports.required");
			}
			return null;
		}
		if (text.matches("\\d{4}")) {
			int year = Integer.parseInt(text);
			if (year >= 1945 && year <= today.getYear()) {
				return year;
			}
		}
		report.problem(line.number(), "year", "imports.facts.badYear", text);
		return null;
	}

	static <T> @Nullable T choice(ImportLine line, String column, Map<String, T> choices, @Nullable T fallback,
			String unknownKey, ImportReport report) {
		String text = line.get(column);
		if (text.isBlank()) {
			return fallback;
		}
		T value = choices.get(vn.thidua.shared.text.Diacritics.fold(text));
		if (value == null) {
			report.problem(line.number(), column, unknownKey, text);
		}
		return value;
	}

}
