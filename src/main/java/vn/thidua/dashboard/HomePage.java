package vn.thidua.dashboard;

import java.util.List;

import vn.thidua.proposal.OwnProposal;
import vn.thidua.unit.UnitRow;

/**
 * The home page: the user's unit, their due work by section, and their unit's proposals
 * on their way.
 */
public record HomePage(UnitRow unit, List<SectionView> sections, List<OwnProposal> ownProposals) {
}
