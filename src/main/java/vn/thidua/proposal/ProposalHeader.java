package vn.thidua.proposal;

import vn.thidua.unit.UnitRow;

/**
 * A proposal as pages that add to it need it: the proposal, its unit, and whether the
 * viewer may still edit it — without checking its lines.
 */
public record ProposalHeader(Proposal proposal, UnitRow proposingUnit, boolean editable) {

}
