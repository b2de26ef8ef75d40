package vn.thidua.award;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.thidua.unit.UnitRow;

/**
 * The ratings of a unit for a year as the grid shows them: the unit itself and its direct
 * child collectives, then the people whose unit it is today, each with its rating and the
 * version it was read at.
 */
public record RatingGrid(UnitRow unit, int year, List<Line> lines) {

	/**
	 * One row: a person ({@code p<id>}) or a collective ({@code u<id>}).
	 */
	public record Line(String key, boolean person, long subjectId, String name, @Nullable String detail,
			@Nullable Rating rating, @Nullable Long version) {

		public String code() {
			return rating == null ? "" : rating.code();
		}

	}

	/**
	 * A value typed, pasted or sent for one row, with the version the row was read at
	 * (none when it had no rating).
	 */
	public record Cell(String key, @Nullable String text, @Nullable Long version) {

	}

	/**
	 * Why a cell was refused: a message key and its arguments.
	 */
	public record Problem(String messageKey, Object... args) {

	}

	public @Nullable Line line(String key) {
		return lines.stream().filter(line -> line.key().equals(key)).findFirst().orElse(null);
	}

}
