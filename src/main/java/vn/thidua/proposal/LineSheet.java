package vn.thidua.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardQueries;
import vn.thidua.award.AwardType;
import vn.thidua.award.Nominee;
import vn.thidua.award.PersonRow;
import vn.thidua.shared.importing.ImportColumn;
import vn.thidua.shared.importing.ImportLine;
import vn.thidua.shared.importing.SheetLines;
import vn.thidua.shared.importing.SheetPipeline;
import vn.thidua.shared.sheet.SheetReader;
import vn.thidua.shared.text.Diacritics;
import vn.thidua.shared.text.NameKey;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Reads a sheet of lines — STT, Họ và tên (blank for a collective), Ngày sinh, Mã đơn vị,
 * Mã hình thức, Tóm tắt thành tích — and checks every row against a proposal: the unit
 * within the proposing unit's subtree, the person found by name (and birth date, between
 * namesakes) in that unit, the award for that kind of subject, no row twice, and the
 * engine's verdict for what would be added. The sheet is read whole through
 * {@link SheetPipeline#readAll}; units, people, existing lines and the registry are read
 * once for the whole sheet, never per row.
 */
@Component
class LineSheet {

	static final String KEY = "sheet.lines";

	static final int MAX_ROWS = 2000;

	static final long MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_NAME = 200;

	static final int MAX_ACHIEVEMENT = 4000;

	/** The columns of the template, in order. */
	static final List<ImportColumn> COLUMNS = List.of(ImportColumn.optional("number", "stt"),
			ImportColumn.required("name", "ho va ten", "ho ten"), ImportColumn.optional("birthDate", "ngay sinh"),
			ImportColumn.required("unitCode", "ma don vi"),
			ImportColumn.required("awardType", "ma hinh thuc", "ma hinh thuc khen thuong"),
			ImportColumn.required("achievement", "tom tat thanh tich", "thanh tich"));

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final UnitCatalog units;

	private final AwardCatalog catalog;

	private final AwardQueries people;

	private final ProposalLines lines;

	private final LineChecker checker;

	LineSheet(UnitCatalog units, AwardCatalog catalog, AwardQueries people, ProposalLines lines, LineChecker checker) {
		this.units = units;
		this.catalog = catalog;
		this.people = people;
		this.lines = lines;
		this.checker = checker;
	}

	/**
	 * The preview of a sheet and, when it can be confirmed, the lines it adds (not yet
	 * saved).
	 */
	record Checked(SheetPreview preview, List<ProposalLine> additions) {
	}

	Checked check(Proposal proposal, byte[] content, LocalDate on) {
		if (content.length == 0) {
			return unreadable(proposal, KEY + ".noFile");
		}
		if (content.length > MAX_BYTES) {
			return unreadable(proposal, KEY + ".tooLarge");
		}
		SheetLines sheet = SheetPipeline.readAll(content, COLUMNS, MAX_ROWS, KEY);
		if (sheet.fileProblemKey() != null) {
			return unreadable(proposal, sheet.fileProblemKey(), sheet.fileProblemArgs());
		}
		if (!sheet.missingColumns().isEmpty()) {
			return unreadable(proposal, KEY + ".missingColumns");
		}
		if (sheet.isEmpty()) {
			return unreadable(proposal, KEY + ".empty");
		}
		List<Row> rows = sheet.lines().stream().map(Row::new).toList();
		checkCells(rows, units.get(proposal.getProposingUnitId()));
		findPeople(rows);
		List<ProposalLine> current = lines.findByProposalIdOrderById(proposal.getId());
		markRepeats(rows, current);
		Map<Long, LineVerdict> verdicts = checker.checkNew(proposal,
				rows.stream().filter(Row::isNew).map(row -> row.nominee(proposal)).toList(), on);
		List<SheetLine> checked = rows.stream().map(row -> row.line(verdicts.get((long) row.number))).toList();
		SheetPreview preview = new SheetPreview(proposal.getId(), proposal.getTitle(), proposal.getVersion(), checked,
				null);
		return new Checked(preview, preview.isCommittable()
				? rows.stream().filter(Row::isNew).map(row -> row.toLine(proposal.getId())).toList() : List.of());
	}

	private static Checked unreadable(Proposal proposal, String messageKey, Object... args) {
		return new Checked(SheetPreview.unreadable(proposal, messageKey, args), List.of());
	}

	private void checkCells(List<Row> rows, UnitRow scope) {
		Map<String, AwardType> types = catalog.byCode();
		Set<String> codes = new HashSet<>();
		rows.forEach(row -> codes.add(row.unitCode));
		Map<String, UnitRow> found = units.findActiveByCodes(codes);
		for (Row row : rows) {
			if (row.name.length() > MAX_NAME) {
				row.problem("name", KEY + ".tooLong", MAX_NAME);
			}
			if (!row.birthText.isBlank()) {
				row.birthDate = SheetReader.date(row.birthText);
				if (row.birthDate == null) {
					row.problem("birthDate", KEY + ".badDate", row.birthText);
				}
			}
			checkUnit(row, found.get(row.unitCode), scope);
			checkType(row, types.get(row.typeCode.toUpperCase(Locale.ROOT)));
			if (row.achievement.isBlank()) {
				row.problem("achievement", KEY + ".required");
			}
			else if (row.achievement.length() > MAX_ACHIEVEMENT) {
				row.problem("achievement", KEY + ".tooLong", MAX_ACHIEVEMENT);
			}
		}
	}

	private static void checkUnit(Row row, @Nullable UnitRow unit, UnitRow scope) {
		if (row.unitCode.isBlank()) {
			row.problem("unitCode", KEY + ".required");
		}
		else if (unit == null) {
			row.problem("unitCode", KEY + ".unknownUnit", row.unitCode);
		}
		else if (!unit.isWithin(scope)) {
			row.problem("unitCode", KEY + ".outsideScope", row.unitCode, unit.name(), scope.name());
		}
		else {
			row.unit = unit;
		}
	}

	private static void checkType(Row row, @Nullable AwardType type) {
		if (row.typeCode.isBlank()) {
			row.problem("awardType", KEY + ".required");
		}
		else if (type == null) {
			row.problem("awardType", KEY + ".unknownType", row.typeCode);
		}
		else if (type.isIndividual() && row.name.isBlank()) {
			row.problem("awardType", KEY + ".typeForIndividual", type.code(), type.name());
		}
		else if (!type.isIndividual() && !type.isCollective()) {
			row.problem("awardType", KEY + ".typeForNamedSubject", type.code(), type.name());
			row.namedSubject = true;
		}
		else if (!type.isIndividual() && !row.name.isBlank()) {
			row.problem("awardType", KEY + ".typeForCollective", type.code(), type.name());
		}
		else {
			row.type = type;
		}
	}

	/**
	 * Finds each named person in the row's unit: by name, then by birth date between
	 * namesakes; a row whose birth date cannot be read is left with that problem. All
	 * candidates come from one query.
	 */
	private void findPeople(List<Row> rows) {
		List<Row> named = rows.stream()
			.filter(row -> !row.name.isBlank() && !row.namedSubject && row.unit != null && row.name.length() <= MAX_NAME
					&& (row.birthText.isBlank() || row.birthDate != null))
			.toList();
		Map<Long, List<PersonRow>> byUnit = new HashMap<>();
		people
			.peopleNamed(named.stream().map(row -> row.unit.id()).distinct().toList(),
					named.stream().map(row -> row.name).distinct().toList())
			.forEach(person -> byUnit.computeIfAbsent(person.unitId(), unit -> new ArrayList<>()).add(person));
		for (Row row : named) {
			List<PersonRow> similar = byUnit.getOrDefault(row.unit.id(), List.of())
				.stream()
				.filter(person -> Diacritics.fold(person.fullName()).equals(Diacritics.fold(row.name)))
				.toList();
			List<PersonRow> same = similar.stream()
				.filter(person -> NameKey.of(person.fullName()).equals(NameKey.of(row.name)))
				.toList();
			List<PersonRow> born = row.birthDate == null ? same
					: same.stream().filter(person -> row.birthDate.equals(person.birthDate())).toList();
			if (same.isEmpty() && !similar.isEmpty()) {
				row.problem("name", KEY + ".personSimilar", row.name, row.unit.name(), similar.getFirst().fullName());
			}
			else if (same.isEmpty()) {
				row.problem("name", KEY + ".personNotFound", row.name, row.unit.name());
			}
			else if (row.birthDate != null && born.isEmpty()) {
				row.problem("birthDate", KEY + ".personNotBornOn", row.name, row.birthText, row.unit.name());
			}
			else if (born.size() > 1 && row.birthDate == null) {
				row.problem("name", KEY + ".namesakes", born.size(), row.name, row.unit.name());
			}
			else if (born.size() > 1) {
				row.problem("name", KEY + ".namesakesSameDay", born.size(), row.name, row.birthText);
			}
			else {
				row.person = born.getFirst();
			}
		}
	}

	/**
	 * A subject and award that appears again further down the sheet is a problem of the
	 * later row; one that is already a line of the proposal is kept out of the additions.
	 */
	private static void markRepeats(List<Row> rows, List<ProposalLine> current) {
		Set<String> present = new HashSet<>();
		current.forEach(line -> present.add(subject(line.getPersonId(), line.getUnitId(), line.getAwardTypeCode())));
		Map<String, Integer> first = new HashMap<>();
		for (Row row : rows) {
			if (!row.resolved()) {
				continue;
			}
			String subject = subject(row.person == null ? null : row.person.id(), row.subjectUnitId(), row.type.code());
			Integer earlier = first.putIfAbsent(subject, row.number);
			if (earlier != null) {
				row.problem("", KEY + ".duplicate", earlier);
			}
			row.present = present.contains(subject);
		}
	}

	private static String subject(@Nullable Long personId, long unitId, String awardType) {
		return (personId == null ? "unit:" + unitId : "person:" + personId) + ":" + awardType;
	}

	/**
	 * A row as typed and, step by step, what it resolves to.
	 */
	private static final class Row {

		final int number;

		final String name;

		final String birthText;

		final String unitCode;

		final String typeCode;

		final String achievement;

		final List<SheetProblem> problems = new ArrayList<>();

		@Nullable LocalDate birthDate;

		@Nullable UnitRow unit;

		@Nullable AwardType type;

		@Nullable PersonRow person;

		boolean present;

		/**
		 * Its award is a household's or a village's, so its name names no person.
		 */
		boolean namedSubject;

		Row(ImportLine line) {
			this.number = line.number();
			this.name = SPACES.matcher(line.get("name")).replaceAll(" ");
			this.birthText = line.get("birthDate");
			this.unitCode = line.get("unitCode");
			this.typeCode = line.get("awardType");
			this.achievement = line.get("achievement");
		}

		void problem(String column, String messageKey, Object... args) {
			problems.add(new SheetProblem(column, messageKey, args));
		}

		/**
		 * Its unit and award are known and, for a person, the person is found.
		 */
		boolean resolved() {
			return unit != null && type != null && (name.isBlank() || person != null);
		}

		boolean isNew() {
			return problems.isEmpty() && resolved() && !present;
		}

		long subjectUnitId() {
			return person == null ? unit.id() : person.unitId();
		}

		Nominee nominee(Proposal proposal) {
			return new Nominee(number, person == null ? null : person.id(), subjectUnitId(), type.code(),
					proposal.getYear());
		}

		SheetLine line(@Nullable LineVerdict verdict) {
			String subjectName = person != null ? person.fullName()
					: name.isBlank() && unit != null ? unit.name() : null;
			String detail = person != null ? ProposalDrafting.detail(person.position(), person.unitName())
					: name.isBlank() && unit != null ? unit.code() : null;
			return new SheetLine(number, name, birthText, unitCode, typeCode, achievement, subjectName, detail,
					type == null ? null : type.name(), present, problems.isEmpty() ? verdict : null, problems);
		}

		ProposalLine toLine(long proposalId) {
			return person != null
					? new ProposalLine(proposalId, person.id(), person.unitId(), person.fullName(),
							ProposalDrafting.detail(person.position(), person.unitName()), type.code(), achievement)
					: new ProposalLine(proposalId, null, unit.id(), unit.name(), unit.code(), type.code(), achievement);
		}

	}

}
