package vn.thidua.proposal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A proposal or its decision as the search page lists it.
 */
public record ProposalHit(long id, String title, int year, ProposalStatus status, String proposingUnit,
		@Nullable String decisionNumber, @Nullable LocalDate decisionDate) {

}
