package vn.thidua.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardFilter;
import vn.thidua.award.AwardLevel;
import vn.thidua.award.AwardQueries;
import vn.thidua.award.AwardType;
import vn.thidua.award.Grouping;
import vn.thidua.award.Tally;
import vn.thidua.cluster.ClusterQueries;
import vn.thidua.cluster.ClusterStanding;
import vn.thidua.movement.MovementQueries;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Counts valid awards of a unit's subtree by decision date, grouped by form, level, unit,
 * movement, cluster or year, each figure linked to the registry list that holds exactly
 * those awards. A unit outside the user's subtree is not found.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'BOARD_MEMBER', 'BOARD_CHAIR')")
public class AwardStatistics {

	private final AwardQueries awards;

	private final AwardCatalog catalog;

	private final UnitCatalog units;

	private final MovementQueries movements;

	private final ClusterQueries clusters;

	AwardStatistics(AwardQueries awards, AwardCatalog catalog, UnitCatalog units, MovementQueries movements,
			ClusterQueries clusters) {
		this.awards = awards;
		this.catalog = catalog;
		this.units = units;
		this.movements = movements;
		this.clusters = clusters;
	}

	public Statistics statistics(StatisticsQuery query, CurrentUser user) {
		UnitRow unit = unitInScope(query.unitId(), user);
		List<ClusterStanding> standings = query.clusterId() == null && query.dimension() != Dimension.CLUSTER
				? List.of() : clusters.standings(query.period().toYear(), unit.id());
		List<Long> within = query.clusterId() == null ? null
				: standings.stream()
					.filter(c -> c.clusterId() == query.clusterId())
					.findFirst()
					.map(c -> List.copyOf(c.members()))
					.orElseThrow(() -> new NotFoundException("cluster", query.clusterId()));
		AwardFilter filter = filter(query, unit, within);
		RegistryLink link = new RegistryLink(unit.code(), query.awardType(), query.level(), null, query.movementId(),
				query.period().from(), query.period().to(), within, false, query.todayUnits());
		List<Tally> all = new ArrayList<>();
		List<Figures> rows = query.dimension() == Dimension.CLUSTER
				? byCluster(filter, standings, query.clusterId(), link, all, user)
				: rows(query, unit, link, all, awards.tally(filter, query.dimension().grouping(), user));
		return new Statistics(unit, query.period(), query.dimension(), rows,
				new Figures("", null, unit.name(), Counts.of(all), link));
	}

	/**
	 * The valid awards of a unit's subtree over a period, by form and level, subject and
	 * kind: what the narrative and the statutory report are written from; keys are
	 * "type:level".
	 */
	List<Tally> byTypeAndLevel(long unitId, ReportPeriod period, @Nullable Long movementId, CurrentUser user) {
		UnitRow unit = unitInScope(unitId, user);
		return awards.tally(new AwardFilter(null, unit.id(), null, null, null, null, null, null, movementId,
				period.from(), period.to(), true, null, false), Grouping.TYPE_AND_LEVEL, user);
	}

	UnitRow unitInScope(long unitId, CurrentUser user) {
		if (!units.isWithin(unitId, user.unitId())) {
			throw new NotFoundException("unit", unitId);
		}
		return units.get(unitId);
	}

	private static AwardFilter filter(StatisticsQuery query, UnitRow unit, @Nullable List<Long> within) {
		return new AwardFilter(null, unit.id(), null, query.awardType(), null, null, null, query.level(),
				query.movementId(), query.period().from(), query.period().to(), true, within, false,
				query.todayUnits());
	}

	private List<Figures> rows(StatisticsQuery query, UnitRow unit, RegistryLink link, List<Tally> all,
			List<Tally> tallies) {
		all.addAll(tallies);
		Map<String, List<Tally>> byKey = tallies.stream().collect(Collectors.groupingBy(Tally::key));
		return switch (query.dimension()) {
			case TYPE -> catalog.types()
				.stream()
				.map(AwardType::code)
				.filter(byKey::containsKey)
				.map(code -> new Figures(code, "AwardType." + code, code, Counts.of(byKey.get(code)),
						link.withType(code)))
				.toList();
			case LEVEL -> List.of(AwardLevel.values())
				.stream()
				.filter(level -> byKey.containsKey(level.name()))
				.map(level -> new Figures(level.name(), "AwardLevel." + level, level.name(),
						Counts.of(byKey.get(level.name())), link.withLevel(level)))
				.toList();
			case UNIT -> units.findAll(byKey.keySet().stream().map(Long::valueOf).toList())
				.stream()
				.sorted(Comparator.comparing((UnitRow u) -> u.id() != unit.id()).thenComparing(UnitRow::name))
				.map(u -> new Figures(String.valueOf(u.id()), null, u.name(),
						Counts.of(byKey.get(String.valueOf(u.id()))), link.withUnit(u.code(), u.id() == unit.id())))
				.toList();
			case MOVEMENT -> movementRows(byKey, link);
			case YEAR -> byKey.keySet()
				.stream()
				.sorted()
				.map(year -> new Figures(year, null, year, Counts.of(byKey.get(year)), yearLink(link, query, year)))
				.toList();
			case CLUSTER -> throw new IllegalStateException("clusters are counted apart");
		};
	}

	private List<Figures> movementRows(Map<String, List<Tally>> byKey, RegistryLink link) {
		Map<Long, String> names = movements
			.names(byKey.keySet().stream().filter(key -> !key.isEmpty()).map(Long::valueOf).toList());
		List<Figures> rows = new ArrayList<>(names.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.map(movement -> new Figures(String.valueOf(movement.getKey()), null, movement.getValue(),
					Counts.of(byKey.get(String.valueOf(movement.getKey()))), link.withMovement(movement.getKey())))
			.toList());
		if (byKey.containsKey("")) {
			rows.add(new Figures("", "report.noMovement", "", Counts.of(byKey.get("")),
					link.withMovement(AwardFilter.NO_MOVEMENT)));
		}
		return rows;
	}

	private static RegistryLink yearLink(RegistryLink link, StatisticsQuery query, String year) {
		int y = Integer.parseInt(year);
		LocalDate first = LocalDate.of(y, 1, 1);
		LocalDate last = LocalDate.of(y, 12, 31);
		return link.withDates(first.isBefore(query.period().from()) ? query.period().from() : first,
				last.isAfter(query.period().to()) ? query.period().to() : last);
	}

	/**
	 * One count per cluster, of its members' subtrees: clusters are few, so a statement
	 * each.
	 */
	private List<Figures> byCluster(AwardFilter filter, List<ClusterStanding> standings, @Nullable Long only,
			RegistryLink link, List<Tally> all, CurrentUser user) {
		Map<Long, Figures> rows = new LinkedHashMap<>();
		for (ClusterStanding cluster : standings) {
			if (only != null && cluster.clusterId() != only) {
				continue;
			}
			List<Long> members = List.copyOf(cluster.members());
			List<Tally> tallies = awards.tally(
					new AwardFilter(null, filter.unitId(), null, filter.awardType(), null, null, null, filter.level(),
							filter.movementId(), filter.decidedFrom(), filter.decidedTo(), true, members, false),
					Grouping.KIND, user);
			rows.put(cluster.clusterId(), new Figures(String.valueOf(cluster.clusterId()), null, cluster.name(),
					Counts.of(tallies), link.withMembers(members)));
		}
		// the total is the filter's, once per award, however many clusters its unit is in
		all.addAll(awards.tally(filter, Grouping.KIND, user));
		return List.copyOf(rows.values());
	}

}
