package vn.thidua.cluster;

import java.math.BigDecimal;

/**
 * A member's result in one finalised review, for its history across years.
 */
public record MemberResult(int year, ReviewPeriod period, long reviewId, BigDecimal total, int rank, int members,
		Classification classification) {

}
