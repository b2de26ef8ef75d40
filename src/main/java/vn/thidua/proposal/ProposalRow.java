package vn.thidua.proposal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.AwardKind;

/**
 * A proposal as lists show it.
 */
public record ProposalRow(long id, String title, int year, AwardKind kind, ProposalStatus status, String proposingUnit,
		String decidingUnit, int lineCount, @Nullable LocalDate receivedOn, @Nullable String decisionNumber,
		@Nullable LocalDate publishedUntil) {

}
