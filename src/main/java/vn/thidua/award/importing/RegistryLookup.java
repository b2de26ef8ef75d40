package vn.thidua.award.importing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.shared.importing.ImportLine;
import vn.thidua.shared.importing.ImportReport;
import vn.thidua.shared.sheet.SheetReader;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * What both registry imports look up a chunk at a time: units by code within the
 * importer's scope and people by unit, name and birth date, one query per chunk each.
 */
@Component
class RegistryLookup {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final JdbcClient jdbc;

	private final UnitCatalog units;

	RegistryLookup(JdbcClient jdbc, UnitCatalog units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/**
	 * The units a chunk's rows name by code and the stored people they name by unit, name
	 * and birth date: two queries for the whole chunk.
	 */
	Chunk chunk(List<ImportLine> lines) {
		Map<String, UnitRow> unitsByCode = units
			.findActiveByCodes(lines.stream().map(line -> line.get("unitCode")).toList());
		Set<Long> unitIds = new HashSet<>();
		unitsByCode.values().forEach(unit -> unitIds.add(unit.id()));
		return new Chunk(unitsByCode, people(unitIds, lines.stream().map(line -> name(line.get("fullName"))).toList()));
	}

	record Chunk(Map<String, UnitRow> unitsByCode, Map<PersonKey, Long> people) {
	}

	/**
	 * A person's identity in an import: unit, name as written (composed, single spaces)
	 * and birth date.
	 */
	record PersonKey(long unitId, String fullName, LocalDate birthDate) {
	}

	private Map<PersonKey, Long> people(Collection<Long> unitIds, Collection<String> names) {
		Map<PersonKey, Long> people = new HashMap<>();
		if (unitIds.isEmpty() || names.isEmpty()) {
			return people;
		}
		jdbc.sql("""
				select id, unit_id, full_name, birth_date from person
				where unit_id in (:units) and full_name in (:names) and birth_date is not null
				""")
			.param("units", unitIds)
			.param("names", names)
			.query((rs,
					n) -> Map.entry(new PersonKey(rs.getLong("unit_id"), rs.getString("full_name"),
							rs.getObject("birth_date", LocalDate.class)), rs.getLong("id")))
			.list()
			.forEach(person -> people.putIfAbsent(person.getKey(), person.getValue()));
		return people;
	}

	static String name(String text) {
		return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
	}

	/**
	 * The unit of a code, or null with the problem reported: missing, unknown, or outside
	 * the importer's subtree.
	 */
	static @Nullable UnitRow unit(ImportLine line, String column, Map<String, UnitRow> units, UnitRow scope,
			ImportReport report) {
		String code = line.get(column);
		UnitRow unit = units.get(code);
		if (code.isBlank()) {
			report.problem(line.number(), column, "imports.required");
		}
		else if (unit == null) {
			report.problem(line.number(), column, "imports.unitNotFound", code);
		}
		else if (!unit.isWithin(scope)) {
			report.problem(line.number(), column, "imports.unitOutOfScope", code);
			return null;
		}
		return unit;
	}

	/**
	 * A date of the past typed as dd/mm/yyyy (or a date cell), or null with the problem
	 * reported.
	 */
	static @Nullable LocalDate pastDate(ImportLine line, String column, boolean required, LocalDate today,
			ImportReport report) {
		String text = line.get(column);
		LocalDate date = SheetReader.date(text);
		if (text.isBlank()) {
			if (required) {
				report.problem(line.number(), column, "imports.required");
			}
		}
		else if (date == null) {
			report.problem(line.number(), column, "imports.badDate", text);
		}
		else if (date.isAfter(today) || date.getYear() < 1900) {
			report.problem(line.number(), column, "imports.dateOutOfRange", text);
			return null;
		}
		return date;
	}

	/**
	 * Text up to a length, or null with the problem reported when it is missing or
	 * longer.
	 */
	static @Nullable String text(ImportLine line, String column, boolean required, int maxLength, ImportReport report) {
		String text = name(line.get(column));
		if (text.isEmpty()) {
			if (required) {
				report.problem(line.number(), column, "imports.required");
			}
			return null;
		}
		if (text.length() > maxLength) {
			report.problem(line.number(), column, "imports.tooLong", String.valueOf(maxLength));
			return null;
		}
		return text;
	}

}
