package vn.thidua.award;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A title or commendation of the catalogue, with its cash multiplier and how the reward
 * board votes on it.
 */
public record AwardType(String code, String name, String category, String subjectType,
		@Nullable BigDecimal cashMultiplier, BigDecimal voteAttendance, BigDecimal voteApproval,
		boolean voteApprovalStrict, boolean votesOverAllMembers, boolean publicNotice) {

	public boolean isIndividual() {
		return subjectType.equals("INDIVIDUAL");
	}

	/**
	 * Cash at a base salary: multiplier × lương cơ sở, one and a half times for a
	 * household.
	 */
	public @Nullable BigDecimal cash(BigDecimal baseSalary) {
		if (cashMultiplier == null) {
			return null;
		}
		BigDecimal amount = cashMultiplier.multiply(baseSalary);
		return subjectType.equals("HOUSEHOLD") ? amount.multiply(new BigDecimal("1.5")) : amount;
	}

}
