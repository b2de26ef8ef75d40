package vn.thidua.award;

/**
 * The penalty of a discipline decision (hình thức kỷ luật), lightest first: khiển trách,
 * cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc.
 */
public enum DisciplinePenalty {

	REPRIMAND, WARNING, SALARY_DOWNGRADE, DEMOTION, REMOVAL, DISMISSAL;

	/**
	 * Whether this penalty is the given one or heavier.
	 */
	public boolean atLeast(DisciplinePenalty other) {
		return ordinal() >= other.ordinal();
	}

}
