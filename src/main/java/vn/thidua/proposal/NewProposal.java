package vn.thidua.proposal;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.AwardKind;

/**
 * What a unit states when it opens a proposal. A movement proposal names its movement.
 */
public record NewProposal(String title, int year, AwardKind kind, long decidingUnitId, @Nullable String movementCode) {

}
