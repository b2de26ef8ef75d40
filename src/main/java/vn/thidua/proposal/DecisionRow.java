package vn.thidua.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An issued decision as lists show it: its number, date and signer, the proposal it
 * answers, how many lines it approved and the cash they carry.
 */
public record DecisionRow(long proposalId, String proposalTitle, ProposalStatus status, String decisionNumber,
		LocalDate decisionDate, String decisionSigner, String decisionAuthority, String decidingUnit,
		String proposingUnit, int approvedCount, BigDecimal cashTotal) {

}
