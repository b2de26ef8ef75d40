package vn.thidua.award;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A title or commendation of the catalogue, with how the reward board votes on it, and
 * its level when one authority alone grants it. Its cash is dated:
 * {@link AwardCatalog#cash}.
 */
public record AwardType(String code, String name, String category, String subjectType, BigDecimal voteAttendance,
		BigDecimal voteApproval, boolean voteApprovalStrict, boolean votesOverAllMembers, boolean publicNotice,
		@Nullable AwardLevel level) {

	/**
	 * A household counts apart from collectives and individuals; a village counts as a
	 * collective.
	 */
	public boolean isHousehold() {
		return subjectType.equals("HOUSEHOLD");
	}

	public boolean isIndividual() {
		return subjectType.equals("INDIVIDUAL");
	}

	/**
	 * Granted to a unit of the tree as a collective; households and villages are named
	 * subjects that are not units.
	 */
	public boolean isCollective() {
		return subjectType.equals("COLLECTIVE");
	}

	/**
	 * Cash at a multiplier and a base salary: multiplier × lương cơ sở, one and a half
	 * times for a household.
	 */
	public BigDecimal cash(BigDecimal multiplier, BigDecimal baseSalary) {
		BigDecimal amount = multiplier.multiply(baseSalary);
		return isHousehold() ? amount.multiply(new BigDecimal("1.5")) : amount;
	}

}
