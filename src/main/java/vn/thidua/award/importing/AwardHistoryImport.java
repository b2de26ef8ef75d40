package vn.thidua.award.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardType;
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
 * Adds past awards to the registry from a sheet: to a person already in the registry (by
 * unit, name and birth date — people are imported first), to a collective (the unit
 * itself) or to a household or village (by name, within its unit). An award is known by
 * its subject, type, year and decision number: one already stored is skipped.
 */
@Service
public class AwardHistoryImport implements SheetImport {

	private static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required("awardType", "danh hieu, hinh thuc khen thuong", "danh hieu / hinh thuc khen thuong",
					"hinh thuc khen thuong", "danh hieu", "ma danh hieu"),
			ImportColumn.optional("kind", "loai hinh khen thuong", "loai hinh"), ImportColumn.required("year", "nam"),
			ImportColumn.required("decisionNumber", "so quyet dinh"),
			ImportColumn.required("decisionDate", "ngay quyet dinh", "ngay ky"),
			ImportColumn.optional("signer", "nguoi ky"),
			ImportColumn.required("authority", "tham quyen quyet dinh", "tham quyen", "cap quyet dinh"),
			ImportColumn.optional("issuer", "co quan ban hanh"), ImportColumn.required("unitCode", "ma don vi"),
			ImportColumn.optional("fullName", "ho va ten", "ho ten"), ImportColumn.optional("birthDate", "ngay sinh"),
			ImportColumn.optional("personalId", "so dinh danh ca nhan", "so dinh danh", "so can cuoc", "cccd"),
			ImportColumn.optional("subjectName", "ten tap the, ho gia dinh", "ten tap the / ho gia dinh",
					"ten ho gia dinh", "ten tap the"));

	private static final Map<String, AwardKind> KINDS = Map.ofEntries(Map.entry("cong trang", AwardKind.MERIT),
			Map.entry("thuong xuyen", AwardKind.MERIT), Map.entry("dot xuat", AwardKind.SUDDEN),
			Map.entry("theo phong trao", AwardKind.MOVEMENT), Map.entry("chuyen de", AwardKind.MOVEMENT),
			Map.entry("theo phong trao, chuyen de", AwardKind.MOVEMENT),
			Map.entry("theo chuyen de", AwardKind.MOVEMENT), Map.entry("cong hien", AwardKind.DEDICATION),
			Map.entry("nien han", AwardKind.SENIORITY), Map.entry("doi ngoai", AwardKind.FOREIGN));

	private static final String INSERT = """
			insert into award_record (person_id, unit_id, award_type_code, kind, year, decision_number, decision_date,
			                          signer, authority, subject_name, subject_code, issuer_name, search_text)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final UnitCatalog units;

	private final AwardCatalog catalog;

	private final RegistryLookup lookup;

	private final JdbcClient jdbcClient;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AwardHistoryImport(UnitCatalog units, AwardCatalog catalog, RegistryLookup lookup, JdbcClient jdbcClient,
			JdbcTemplate jdbc, Clock clock) {
		this.units = units;
		this.catalog = catalog;
		this.lookup = lookup;
		this.jdbcClient = jdbcClient;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return "awards";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public List<Object> example() {
		return List.of("Chiến sĩ thi đua cơ sở", "Công trạng", 2022, "35/QĐ-UBND", LocalDate.of(2023, 1, 18),
				"Nguyễn Văn Hùng", "Chủ tịch UBND huyện Cầu Ngang", "UBND huyện Cầu Ngang", "TV-CN-MH",
				"Kim Thị Sóc Khum", LocalDate.of(1986, 4, 12), "", "");
	}

	@Override
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public ImportBatch open(CurrentUser user, boolean write) {
		Map<String, AwardType> types = new HashMap<>();
		catalog.types().forEach(type -> {
			types.put(Diacritics.fold(type.code()), type);
			types.put(Diacritics.fold(type.name()), type);
		});
		return new Batch(units.get(user.unitId()), types, write);
	}

	/**
	 * An award of the sheet; {@code subject} is the person's id or the collective's unit
	 * and name, the first part of the award's identity.
	 */
	private record NewAward(String subject, @Nullable Long personId, long unitId, AwardType type, AwardKind kind,
			int year, String decisionNumber, LocalDate decisionDate, @Nullable String signer, String authority,
			String issuer, String subjectName, @Nullable String subjectCode) {

		String key() {
			return key(subject, type.code(), year, decisionNumber);
		}

		static String key(String subject, String type, int year, String decisionNumber) {
			return subject + '|' + type + '|' + year + '|' + decisionNumber;
		}

	}

	private final class Batch implements ImportBatch {

		private final UnitRow scope;

		private final Map<String, AwardType> types;

		private final boolean write;

		private final Map<String, Integer> rowOfAward = new HashMap<>();

		Batch(UnitRow scope, Map<String, AwardType> types, boolean write) {
			this.scope = scope;
			this.types = types;
			this.write = write;
		}

		@Override
		public void accept(List<ImportLine> lines, ImportReport report) {
			RegistryLookup.Chunk chunk = lookup.chunk(lines);
			List<NewAward> awards = new ArrayList<>();
			for (ImportLine line : lines) {
				NewAward award = check(line, chunk.unitsByCode(), chunk, report);
				if (award != null) {
					awards.add(award);
				}
			}
			Set<String> stored = stored(awards);
			List<NewAward> fresh = new ArrayList<>();
			for (NewAward award : awards) {
				if (stored.contains(award.key())) {
					report.alreadyStored();
				}
				else {
					fresh.add(award);
				}
			}
			if (write && !report.hasProblems()) {
				insert(fresh, report);
			}
		}

		private @Nullable NewAward check(ImportLine line, Map<String, UnitRow> unitsByCode, RegistryLookup.Chunk people,
				ImportReport report) {
			int row = line.number();
			LocalDate today = LocalDate.now(clock);
			AwardType type = types.get(Diacritics.fold(line.get("awardType")));
			if (type == null) {
				report.problem(row, "awardType",
						line.get("awardType").isBlank() ? "imports.required" : "imports.awards.unknownType",
						line.get("awardType"));
			}
			AwardKind kind = kind(line, report);
			Integer year = year(line, today, report);
			String decisionNumber = RegistryLookup.text(line, "decisionNumber", true, 60, report);
			LocalDate decisionDate = RegistryLookup.pastDate(line, "decisionDate", true, today, report);
			if (year != null && decisionDate != null && decisionDate.getYear() < year) {
				report.problem(row, "decisionDate", "imports.awards.decisionBeforeYear", line.get("decisionDate"),
						String.valueOf(year));
			}
			String signer = RegistryLookup.text(line, "signer", false, 200, report);
			String authority = RegistryLookup.text(line, "authority", true, 300, report);
			String issuer = RegistryLookup.text(line, "issuer", false, 300, report);
			UnitRow unit = RegistryLookup.unit(line, "unitCode", unitsByCode, scope, report);
			Subject subject = type == null || unit == null ? null : subject(line, type, unit, people, today, report);
			if (report.isRowInvalid(row) || subject == null) {
				return null;
			}
			NewAward award = new NewAward(subject.key(), subject.personId(), unit.id(), type, kind, year,
					decisionNumber, decisionDate, signer, authority, issuer == null ? authority : issuer,
					subject.name(), subject.code());
			Integer first = rowOfAward.putIfAbsent(award.key(), row);
			if (first != null) {
				report.problem(row, "decisionNumber", "imports.awards.duplicateInSheet", first);
				return null;
			}
			return award;
		}

		private record Subject(String key, @Nullable Long personId, String name, @Nullable String code) {
		}

		private @Nullable Subject subject(ImportLine line, AwardType type, UnitRow unit, RegistryLookup.Chunk people,
				LocalDate today, ImportReport report) {
			if (type.isIndividual()) {
				String fullName = RegistryLookup.text(line, "fullName", true, 200, report);
				LocalDate birthDate = RegistryLookup.pastDate(line, "birthDate", true, today, report);
				if (fullName == null || birthDate == null) {
					return null;
				}
				String personalId = line.get("personalId").isEmpty() ? null : line.get("personalId");
				RegistryLookup.StoredPerson stored = people.find(personalId,
						PersonKey.of(unit.id(), fullName, birthDate));
				Long personId = stored == null || !stored.unitPath().startsWith(scope.path()) ? null : stored.id();
				if (personId == null) {
					report.problem(line.number(), "fullName", "imports.awards.personNotFound", fullName,
							line.get("birthDate"), unit.code());
					return null;
				}
				return new Subject("p" + personId, personId, fullName, null);
			}
			String name = RegistryLookup.text(line, "subjectName", !type.subjectType().equals("COLLECTIVE"), 300,
					report);
			if (name == null && !type.subjectType().equals("COLLECTIVE")) {
				return null;
			}
			String subjectName = name == null ? unit.name() : name;
			return new Subject("u" + unit.id() + ':' + subjectName, null, subjectName, unit.code());
		}

		private AwardKind kind(ImportLine line, ImportReport report) {
			String text = line.get("kind");
			if (text.isBlank()) {
				return AwardKind.MERIT;
			}
			String folded = Diacritics.fold(text);
			AwardKind kind = KINDS.get(folded);
			for (AwardKind candidate : AwardKind.values()) {
				if (candidate.name().equalsIgnoreCase(folded)) {
					kind = candidate;
				}
			}
			if (kind == null) {
				report.problem(line.number(), "kind", "imports.awards.unknownKind", text);
				return AwardKind.MERIT;
			}
			return kind;
		}

		private @Nullable Integer year(ImportLine line, LocalDate today, ImportReport report) {
			String text = line.get("year");
			if (text.isBlank()) {
				report.problem(line.number(), "year", "imports.required");
				return null;
			}
			if (text.matches("\\d{4}")) {
				int year = Integer.parseInt(text);
				if (year >= 1945 && year <= today.getYear()) {
					return year;
				}
			}
			report.problem(line.number(), "year", "imports.awards.badYear", text, String.valueOf(today.getYear()));
			return null;
		}

		/**
		 * The identities of the chunk's awards already in the registry, read in one query
		 * by decision number.
		 */
		private Set<String> stored(List<NewAward> awards) {
			if (awards.isEmpty()) {
				return Set.of();
			}
			Set<String> numbers = new HashSet<>();
			Set<Long> unitIds = new HashSet<>();
			Set<Long> personIds = new HashSet<>();
			awards.forEach(award -> {
				numbers.add(award.decisionNumber());
				unitIds.add(award.unitId());
				if (award.personId() != null) {
					personIds.add(award.personId());
				}
			});
			personIds.add(-1L);
			return new HashSet<>(jdbcClient.sql("""
					select person_id, unit_id, subject_name, award_type_code, year, decision_number from award_record
					where decision_number in (:numbers) and (unit_id in (:units) or person_id in (:people))
					""").param("numbers", numbers).param("units", unitIds).param("people", personIds).query((rs, n) -> {
				long personId = rs.getLong("person_id");
				String subject = rs.wasNull() ? "u" + rs.getLong("unit_id") + ':' + rs.getString("subject_name")
						: "p" + personId;
				return NewAward.key(subject, rs.getString("award_type_code"), rs.getInt("year"),
						rs.getString("decision_number"));
			}).list());
		}

		private void insert(List<NewAward> awards, ImportReport report) {
			jdbc.batchUpdate(INSERT,
					awards.stream()
						.map(award -> new Object[] { award.personId(), award.unitId(), award.type().code(),
								award.kind().name(), award.year(), award.decisionNumber(), award.decisionDate(),
								award.signer(), award.authority(), award.subjectName(), award.subjectCode(),
								award.issuer(), Diacritics.fold(award.subjectName() + " " + award.decisionNumber()) })
						.toList());
			report.wrote(awards.size());
		}

	}

}
