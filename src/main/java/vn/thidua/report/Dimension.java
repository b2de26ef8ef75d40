package vn.thidua.report;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.Grouping;

/**
 * What the rows of the statistics are: forms, levels, the units directly below the chosen
 * one (each with its subtree), movements, clusters or years.
 */
public enum Dimension {

	TYPE(Grouping.TYPE), LEVEL(Grouping.LEVEL), UNIT(Grouping.UNIT), MOVEMENT(Grouping.MOVEMENT), CLUSTER(null),
	YEAR(Grouping.YEAR);

	private final @Nullable Grouping grouping;

	Dimension(@Nullable Grouping grouping) {
		this.grouping = grouping;
	}

	@Nullable Grouping grouping() {
		return grouping;
	}

}
