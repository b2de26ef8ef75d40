package vn.thidua.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.AwardFilter;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardLevel;
import vn.thidua.award.AwardQueries;
import vn.thidua.award.Grouping;
import vn.thidua.award.Tally;
import vn.thidua.cluster.ClusterQueries;
import vn.thidua.cluster.ClusterStanding;
import vn.thidua.movement.MovementAttainment;
import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.MovementRow;
import vn.thidua.proposal.DecisionDocuments;
import vn.thidua.proposal.DecisionDocuments.DocumentHeading;
import vn.thidua.report.StatutoryReport.ClusterLine;
import vn.thidua.report.StatutoryReport.Line;
import vn.thidua.report.StatutoryReport.MovementLine;
import vn.thidua.shared.pdf.PdfRenderer;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Fills the statutory report of a unit for a year or half-year from the registry, the
 * movements and the clusters, in a fixed number of statements plus one per cluster.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'BOARD_MEMBER', 'BOARD_CHAIR')")
public class StatutoryReports {

	static final int MOVEMENTS = 100;

	private final AwardStatistics statistics;

	private final AwardQueries awards;

	private final MovementQueries movements;

	private final ClusterQueries clusters;

	private final UnitCatalog units;

	private final DecisionDocuments documents;

	private final MessageSource messages;

	private final Clock clock;

	StatutoryReports(AwardStatistics statistics, AwardQueries awards, MovementQueries movements,
			ClusterQueries clusters, UnitCatalog units, DecisionDocuments documents, MessageSource messages,
			Clock clock) {
		this.statistics = statistics;
		this.awards = awards;
		this.movements = movements;
		this.clusters = clusters;
		this.units = units;
		this.documents = documents;
		this.messages = messages;
		this.clock = clock;
	}

	public StatutoryReport report(long unitId, ReportPeriod period, CurrentUser user) {
		UnitRow unit = statistics.unitInScope(unitId, user);
		List<Tally> tallies = statistics.byTypeAndLevel(unitId, period, null, user);
		Map<FormLine, List<Tally>> byLine = tallies.stream()
			.collect(Collectors.groupingBy(
					t -> FormLine.of(t.key().split(":")[0], AwardLevel.valueOf(t.key().split(":")[1])),
					() -> new EnumMap<>(FormLine.class), Collectors.toList()));
		List<Line> lines = Stream.of(FormLine.values())
			.filter(form -> form != FormLine.OTHER || byLine.containsKey(form))
			.map(form -> line(form, byLine.getOrDefault(form, List.of())))
			.toList();
		DocumentHeading heading = documents.heading(unitId, LocalDate.now(clock));
		String when = messages.getMessage("ReportPeriodOf." + period.half(),
				new Object[] { String.valueOf(period.fromYear()) }, PdfRenderer.VIETNAMESE);
		return new StatutoryReport(unit, period,
				new StatutoryReport.Heading(heading.authority(), heading.place(), heading.longDate(), when,
						documents.reportSignature(unitId)),
				lines, line(null, tallies), movements(unit, period, user), clusters(unit, period));
	}

	private static Line line(FormLine form, List<Tally> tallies) {
		Map<AwardKind, Long> byKind = tallies.stream()
			.collect(Collectors.groupingBy(Tally::kind, () -> new EnumMap<>(AwardKind.class),
					Collectors.summingLong(Tally::count)));
		return new Line(form, Counts.of(tallies), byKind);
	}

	private List<MovementLine> movements(UnitRow unit, ReportPeriod period, CurrentUser user) {
		List<MovementRow> running = movements.running(unit.id(), period.from(), period.to(), MOVEMENTS);
		Map<Long, MovementAttainment> attained = movements.attainment(running.stream().map(MovementRow::id).toList(),
				period.toYear());
		Map<String, List<Tally>> awarded = awards
			.tally(new AwardFilter(null, unit.id(), null, null, null, null, null, null, null, period.from(),
					period.to(), true, null, false), Grouping.MOVEMENT, user)
			.stream()
			.collect(Collectors.groupingBy(Tally::key));
		return running.stream().map(m -> {
			MovementAttainment a = attained.getOrDefault(m.id(), new MovementAttainment(0, 0));
			return new MovementLine(m.name(), m.authority(), m.planNumber(), m.planDate(), m.startDate(), m.endDate(),
					m.participantCount(), a.reported(), a.completed(),
					Counts.of(awarded.getOrDefault(String.valueOf(m.id()), List.of())));
		}).toList();
	}

	private List<ClusterLine> clusters(UnitRow unit, ReportPeriod period) {
		List<ClusterStanding> standings = clusters.standings(period.toYear(), unit.id());
		List<Long> named = standings.stream()
			.flatMap(c -> Stream.concat(Stream.of(c.leaderUnitId()), c.first().stream()))
			.distinct()
			.toList();
		Map<Long, String> names = units.findAll(named)
			.stream()
			.collect(Collectors.toMap(UnitRow::id, UnitRow::name, (a, b) -> a));
		List<ClusterLine> lines = new ArrayList<>();
		for (ClusterStanding c : standings) {
			lines.add(new ClusterLine(c.name(), c.kind(), c.members().size(), names.getOrDefault(c.leaderUnitId(), ""),
					c.first().stream().map(names::get).collect(Collectors.joining(", "))));
		}
		return lines;
	}

}
