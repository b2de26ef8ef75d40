package vn.thidua.movement;

import java.util.Set;

/**
 * The life of a movement: draft → launched → mid-term reviewed (sơ kết) → final-reviewed
 * (tổng kết) → closed. The mid-term review may be skipped. What may change narrows at
 * each step.
 */
public enum MovementStatus {

	DRAFT, LAUNCHED, MID_TERM_REVIEWED, FINAL_REVIEWED, CLOSED;

	public Set<MovementStatus> nextSteps() {
		return switch (this) {
			case DRAFT -> Set.of(LAUNCHED);
			case LAUNCHED -> Set.of(MID_TERM_REVIEWED, FINAL_REVIEWED);
			case MID_TERM_REVIEWED -> Set.of(FINAL_REVIEWED);
			case FINAL_REVIEWED -> Set.of(CLOSED);
			case CLOSED -> Set.of();
		};
	}

	public boolean canMoveTo(MovementStatus next) {
		return nextSteps().contains(next);
	}

	/** Code, launching unit, kind, start, plan document, reporting and targets. */
	public boolean allowsDefinitionChanges() {
		return this == DRAFT;
	}

	/** Name, content, goals, end date, lead and standing units, registration deadline. */
	public boolean allowsDetailChanges() {
		return this == DRAFT || this == LAUNCHED || this == MID_TERM_REVIEWED;
	}

	public boolean allowsParticipantChanges() {
		return this == DRAFT || this == LAUNCHED;
	}

	public boolean acceptsProgress() {
		return this == LAUNCHED || this == MID_TERM_REVIEWED;
	}

	/** Whether the step into this status needs a review document. */
	boolean needsDocument() {
		return isReview();
	}

	/** A review (sơ kết, tổng kết): not dated before the movement's period starts. */
	public boolean isReview() {
		return this == MID_TERM_REVIEWED || this == FINAL_REVIEWED;
	}

	/** A step dated within the movement's period: the launch and the mid-term review. */
	boolean endsWithinPeriod() {
		return this == LAUNCHED || this == MID_TERM_REVIEWED;
	}

	/**
	 * Every step freezes something for good (the definition, the participants, the
	 * details, the progress): it is taken only once the officer confirms it, and only the
	 * same-day withdrawal of a mistake undoes it.
	 */
	public boolean needsConfirmation() {
		return this != DRAFT;
	}

}
