package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

/**
 * Where a movement stands in a year as of a date: per target across units, per unit
 * (those falling behind first), and the cells of the units on the page.
 */
public record Standings(int year, LocalDate asOf, @Nullable DuePeriod due, List<TargetStanding> targets,
		@Nullable BigDecimal overallScore, long overdueUnits, Page<UnitStanding> units,
		Map<Long, Map<Long, StandingCell>> cells) {

	public @Nullable StandingCell cell(long unitId, long targetId) {
		return cells.getOrDefault(unitId, Map.of()).get(targetId);
	}

}
