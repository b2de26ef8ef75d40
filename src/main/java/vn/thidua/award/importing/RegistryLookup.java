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
import vn.thidua.shared.text.NameKey;
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
	 * The units a chunk's rows name by code and the stored people they name, by personal
	 * identification number or by unit, name key and birth date: three queries for the
	 * whole chunk.
	 */
	Chunk chunk(List<ImportLine> lines) {
		Map<String, UnitRow> unitsByCode = units
			.findActiveByCodes(lines.stream().map(line -> line.get("unitCode")).toList());
		Set<Long> unitIds = new HashSet<>();
		unitsByCode.values().forEach(unit -> unitIds.add(unit.id()));
		return new Chunk(unitsByCode,
				people(unitIds, lines.stream().map(line -> NameKey.of(line.get("fullName"))).toList()),
				byPersonalId(lines.stream().map(line -> line.get("personalId")).filter(id -> !id.isEmpty()).toList()));
	}

	record Chunk(Map<String, UnitRow> unitsByCode, Map<PersonKey, StoredPerson> people,
			Map<String, StoredPerson> byPersonalId) {

		/**
		 * The stored person a row means: by personal identification number when the row
		 * has one and it is stored, else by unit, name key and birth date, provided the
		 * person found carries no other personal identification number.
		 */
		@Nullable StoredPerson find(@Nullable String personalId, PersonKey key) {
			if (personalId != null && byPersonalId.containsKey(personalId)) {
				return byPersonalId.get(personalId);
			}
			StoredPerson named = people.get(key);
			return named == null || (personalId != null && named.personalId() != null) ? null : named;
		}

	}

	/**
	 * A stored person: id, current unit's path and personal identification number.
	 */
	record StoredPerson(long id, String unitPath, @Nullable String personalId) {
	}

	/**
	 * A person's identity in an import without a personal identification number: unit,
	 * name key (spelling variants such as Thủy/Thuỷ are one name) and birth date.
	 */
	record PersonKey(long unitId, String nameKey, LocalDate birthDate) {

		static PersonKey of(long unitId, String fullName, LocalDate birthDate) {
			return new PersonKey(unitId, NameKey.of(fullName), birthDate);
		}

	}

	private Map<PersonKey, StoredPerson> people(Collection<Long> unitIds, Collection<String> keys) {
		Map<PersonKey, StoredPerson> people = new HashMap<>();
		if (unitIds.isEmpty() || keys.isEmpty()) {
			return people;
		}
		jdbc.sql("""
				select p.id, p.unit_id, p.name_key, p.birth_date, u.path, p.personal_id from person p
				join unit u on u.id = p.unit_id
				where p.unit_id in (:units) and p.name_key in (:keys) and p.birth_date is not null
				  and p.merged_into_id is null
				order by p.id
				""")
			.param("units", unitIds)
			.param("keys", keys)
			.query((rs, n) -> Map.entry(
					new PersonKey(rs.getLong("unit_id"), rs.getString("name_key"),
							rs.getObject("birth_date", LocalDate.class)),
					new StoredPerson(rs.getLong("id"), rs.getString("path"), rs.getString("personal_id"))))
			.list()
			.forEach(person -> people.putIfAbsent(person.getKey(), person.getValue()));
		return people;
	}

	private Map<String, StoredPerson> byPersonalId(Collection<String> personalIds) {
		Map<String, StoredPerson> people = new HashMap<>();
		if (personalIds.isEmpty()) {
			return people;
		}
		jdbc.sql("""
				select p.id, u.path, p.personal_id from person p join unit u on u.id = p.unit_id
				where p.personal_id in (:ids)
				""")
			.param("ids", personalIds)
			.query((rs, n) -> new StoredPerson(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list()
			.forEach(person -> people.put(person.personalId(), person));
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
