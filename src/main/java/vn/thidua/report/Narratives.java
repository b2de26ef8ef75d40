package vn.thidua.report;

import java.time.format.DateTimeFormatter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardLevel;
import vn.thidua.award.AwardType;
import vn.thidua.award.Tally;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementAttainment;
import vn.thidua.movement.MovementManagement;
import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.MovementRow;
import vn.thidua.proposal.DecisionDocuments;
import vn.thidua.proposal.DecisionDocuments.DocumentHeading;
import vn.thidua.shared.pdf.PdfFile;
import vn.thidua.shared.pdf.PdfRenderer;
import vn.thidua.shared.web.Downloads;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.Signature;
import vn.thidua.unit.UnitRow;

/**
 * Writes summaries in Vietnamese in the style of the provinces' own reports ("Năm 2022,
 * Thủ tướng Chính phủ đã tặng Bằng khen cho 01 tập thể, 09 cá nhân; …") from the
 * registry's figures, for a unit over a period or for a movement: numbers below ten with
 * a leading zero, no clause for a zero figure.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'BOARD_MEMBER', 'BOARD_CHAIR')")
public class Narratives {

	private static final int MOVEMENTS_NAMED = 20;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final AwardStatistics statistics;

	private final AwardCatalog catalog;

	private final MovementQueries movements;

	private final MovementManagement movementManagement;

	private final MessageSource messages;

	private final DecisionDocuments documents;

	private final PdfRenderer pdf;

	private final Clock clock;

	Narratives(AwardStatistics statistics, AwardCatalog catalog, MovementQueries movements,
			MovementManagement movementManagement, MessageSource messages, DecisionDocuments documents, PdfRenderer pdf,
			Clock clock) {
		this.documents = documents;
		this.pdf = pdf;
		this.clock = clock;
		this.statistics = statistics;
		this.catalog = catalog;
		this.movements = movements;
		this.movementManagement = movementManagement;
		this.messages = messages;
	}

	/**
	 * A unit's awards over a period, by who granted which form, with the kinds and the
	 * movements it carried out.
	 */
	public Narrative forUnit(long unitId, ReportPeriod period, CurrentUser user) {
		UnitRow unit = statistics.unitInScope(unitId, user);
		List<Tally> tallies = statistics.byTypeAndLevel(unitId, period, null, user);
		String when = message("ReportPeriodOf." + period.half(), String.valueOf(period.fromYear()));
		if (!period.singleYear()) {
			when = message("stats.years", String.valueOf(period.fromYear()), String.valueOf(period.toYear()));
		}
		List<String> paragraphs = new ArrayList<>();
		Counts counts = Counts.of(tallies);
		if (counts.total() == 0) {
			paragraphs.add(message("narrative.unit.none", when, unit.inSentence()));
		}
		else {
			paragraphs
				.add(message("narrative.unit.total", when, unit.inSentence(), number(counts.total()), counts(counts)));
			paragraphs.add(message("narrative.unit.grants", String.join("; ", grants(tallies))));
			String kinds = kinds(tallies);
			if (!kinds.isEmpty()) {
				paragraphs.add(message("narrative.unit.kinds", kinds));
			}
		}
		List<MovementRow> running = movements.running(unitId, period.from(), period.to(), MOVEMENTS_NAMED);
		if (!running.isEmpty()) {
			paragraphs.add(message("narrative.unit.movements", when, unit.inSentence(), number(running.size()),
					list(running.stream().map(m -> quoted(m.name())).toList())));
		}
		return new Narrative(unit.id(), message("narrative.unit.title",
				when.substring(0, 1).toLowerCase(PdfRenderer.VIETNAMESE) + when.substring(1), unit.inSentence()),
				String.join("\n\n", paragraphs));
	}

	/**
	 * A movement: who launched it, on which plan, for how long, how many units take part,
	 * how many attained every target in a year, and the awards given in it within the
	 * user's subtree.
	 */
	public Narrative forMovement(long movementId, int year, CurrentUser user) {
		Movement movement = movementManagement.show(movementId, user);
		MovementRow row = movements.row(movementId);
		List<String> paragraphs = new ArrayList<>();
		String plan = row.planNumber() == null ? "" : message("narrative.movement.plan", row.planNumber(),
				row.planDate() == null ? "" : message("narrative.movement.planDate", row.planDate().format(DAY)));
		paragraphs.add(message("narrative.movement.launch", quoted(row.name()), row.authority(), plan,
				row.startDate().format(DAY), row.endDate().format(DAY), number(row.participantCount())));
		MovementAttainment attained = movements.attainment(List.of(movementId), year).get(movementId);
		if (attained != null && attained.reported() > 0) {
			paragraphs.add(attained.completed() > 0
					? message("narrative.movement.attained", String.valueOf(year), number(attained.reported()),
							number(attained.completed()))
					: message("narrative.movement.reported", String.valueOf(year), number(attained.reported())));
		}
		ReportPeriod span = new ReportPeriod(row.startDate().getYear(),
				Math.min(row.endDate().getYear(), row.startDate().getYear() + ReportPeriod.MAX_YEARS - 1), Half.YEAR);
		List<Tally> tallies = statistics.byTypeAndLevel(user.unitId(), span, movementId, user);
		Counts counts = Counts.of(tallies);
		paragraphs.add(counts.total() == 0 ? message("narrative.movement.noAwards")
				: message("narrative.movement.awards", counts(counts), String.join("; ", grants(tallies))));
		return new Narrative(movement.getLaunchingUnitId(), message("narrative.movement.title", quoted(row.name())),
				String.join("\n\n", paragraphs));
	}

	/**
	 * Who signs the unit's narrative: its head, for its collective body where it has one.
	 */
	public Signature signature(long unitId) {
		return documents.reportSignature(unitId);
	}

	/**
	 * The narrative as the officer edited it, as an A4 document under the unit's heading
	 * and the national motto, dated today.
	 */
	public PdfFile pdf(long unitId, String title, String text, CurrentUser user) {
		statistics.unitInScope(unitId, user);
		DocumentHeading heading = documents.heading(unitId, LocalDate.now(clock));
		Map<String, Object> variables = Map.of("heading", heading, "signature", documents.reportSignature(unitId),
				"title", title, "paragraphs", List.of(text.strip().split("\\R\\s*\\R")));
		return new PdfFile(Downloads.namePart(title) + ".pdf",
				out -> pdf.render("reports/pdf/narrative", variables, out));
	}

	/**
	 * "Thủ tướng Chính phủ đã tặng Bằng khen cho 01 tập thể, 09 cá nhân", one clause per
	 * level and form, the highest level first, the collective and household variants of a
	 * form counted together.
	 */
	private List<String> grants(List<Tally> tallies) {
		Map<String, AwardType> types = catalog.byCode();
		List<String> order = catalog.types().stream().map(AwardType::code).toList();
		Map<AwardLevel, Map<String, List<Tally>>> byLevel = new EnumMap<>(AwardLevel.class);
		tallies.stream()
			.sorted(Comparator.comparing(t -> order.indexOf(type(t))))
			.forEach(t -> byLevel.computeIfAbsent(AwardLevel.valueOf(t.key().split(":")[1]), l -> new LinkedHashMap<>())
				.computeIfAbsent(FormLine.family(type(t)), f -> new ArrayList<>())
				.add(t));
		List<String> clauses = new ArrayList<>();
		byLevel.forEach((level, forms) -> forms
			.forEach((family, group) -> clauses.add(message("narrative.grant", message("narrative.by." + level),
					form(family, types.get(type(group.getFirst()))), counts(Counts.of(group))))));
		return clauses;
	}

	private String kinds(List<Tally> tallies) {
		Map<AwardKind, Long> byKind = tallies.stream()
			.collect(Collectors.groupingBy(Tally::kind, () -> new EnumMap<>(AwardKind.class),
					Collectors.summingLong(Tally::count)));
		return list(byKind.entrySet()
			.stream()
			.filter(kind -> kind.getKey() != AwardKind.MERIT)
			.map(kind -> message("narrative.kind." + kind.getKey(), number(kind.getValue())))
			.toList());
	}

	private static String type(Tally tally) {
		return tally.key().split(":")[0];
	}

	private String form(String family, AwardType type) {
		return messages.getMessage("narrative.form." + family, null, null, PdfRenderer.VIETNAMESE) != null
				? message("narrative.form." + family) : message("narrative.form.other", type.name());
	}

	/**
	 * "01 tập thể, 09 cá nhân, 02 hộ gia đình", without the zero figures.
	 */
	String counts(Counts counts) {
		List<String> parts = new ArrayList<>();
		if (counts.collectives() > 0) {
			parts.add(message("narrative.collectives", number(counts.collectives())));
		}
		if (counts.individuals() > 0) {
			parts.add(message("narrative.individuals", number(counts.individuals())));
		}
		if (counts.households() > 0) {
			parts.add(message("narrative.households", number(counts.households())));
		}
		return String.join(", ", parts);
	}

	/**
	 * "A", "A và B", "A, B và C".
	 */
	private String list(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + message("narrative.and") + " "
				+ items.getLast();
	}

	/**
	 * A figure as the provinces write it: 01 … 09, then 10, 157, 1.234.
	 */
	static String number(long value) {
		return value < 10 ? "0" + value : String.format(PdfRenderer.VIETNAMESE, "%,d", value);
	}

	/**
	 * A movement's name in quotation marks, unless it already quotes a part of itself
	 * (Thi đua “Bình dân học vụ số” …), where more marks would nest.
	 */
	private String quoted(String name) {
		return name.contains("“") ? name : message("narrative.quoted", name);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, PdfRenderer.VIETNAMESE);
	}

}
