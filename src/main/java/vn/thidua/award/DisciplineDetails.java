package vn.thidua.award;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A discipline record as typed: its kind, the penalty of a discipline decision, what it
 * is about, the decision number, and the days it started and (once closed) ended.
 */
public record DisciplineDetails(DisciplineKind kind, @Nullable DisciplinePenalty penalty, String detail,
		@Nullable String decisionNumber, LocalDate startedOn, @Nullable LocalDate endedOn) {

}
