package vn.thidua.award;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An initiative as typed: title, the level that recognised it, and the recognising
 * decision (body, number, date) when known. With a decision date the year is the date's.
 */
public record InitiativeDetails(String title, Influence influence, int year, @Nullable String decidingBody,
		@Nullable String decisionNumber, @Nullable LocalDate decisionDate) {

	/**
	 * The same details with the year taken from the decision date when there is one.
	 */
	public InitiativeDetails normalised() {
		return decisionDate == null ? this : new InitiativeDetails(title, influence, decisionDate.getYear(),
				decidingBody, decisionNumber, decisionDate);
	}

}
