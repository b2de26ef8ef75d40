package vn.thidua.cluster.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterYear;
import vn.thidua.cluster.Criterion;
import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.TargetChoice;
import vn.thidua.unit.UnitRow;

/**
 * What the cluster pages share: the criteria table by group, the movement targets a
 * criterion may link, and members in Vietnamese order.
 */
@Component
class ClusterPages {

	private final MovementQueries movements;

	ClusterPages(MovementQueries movements) {
		this.movements = movements;
	}

	/**
	 * The targets of the movements launched by the supervising unit, which criteria may
	 * link.
	 */
	List<TargetChoice> targetChoices(Cluster cluster) {
		return movements.targetsLaunchedBy(cluster.getSupervisingUnitId());
	}

	static Map<Long, TargetChoice> byId(List<TargetChoice> choices) {
		return choices.stream().collect(Collectors.toMap(TargetChoice::id, Function.identity()));
	}

	/**
	 * The criteria by group name, groups and criteria in the table's order.
	 */
	static Map<String, List<Criterion>> byGroup(List<Criterion> criteria) {
		return criteria.stream()
			.collect(Collectors.groupingBy(Criterion::getGroupName, LinkedHashMap::new, Collectors.toList()));
	}

	static List<UnitRow> members(ClusterYear year, Map<Long, UnitRow> units) {
		Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
		return year.getMembers()
			.stream()
			.map(units::get)
			.sorted(Comparator.comparing(UnitRow::name, collator))
			.toList();
	}

}
