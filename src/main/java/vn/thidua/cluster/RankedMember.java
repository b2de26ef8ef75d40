package vn.thidua.cluster;

import java.math.BigDecimal;

/**
 * A member's place in a review: its scored points, bonus and penalty, total, the points
 * of the first criterion group (the first tie-break), its rank — shared with those it
 * ties with — and its classification.
 */
public record RankedMember(long unitId, BigDecimal scored, BigDecimal bonus, BigDecimal penalty, BigDecimal total,
		BigDecimal firstGroup, int rank, boolean tied, Classification classification) {

}
