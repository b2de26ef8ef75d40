package vn.thidua.proposal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.thidua.account.AccountDirectory;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.unit.UnitCatalog;

/**
 * Who may do what with a proposal. The proposing unit's officers draft and submit; the
 * reward office at or above the deciding unit appraises; the deciding unit's board votes
 * and its chair decides. Nobody acts on a proposal as office or chair that they submitted
 * themselves.
 */
@Component
class ProposalAccess {

	private final UnitCatalog units;

	private final AccountDirectory directory;

	ProposalAccess(UnitCatalog units, AccountDirectory directory) {
		this.units = units;
		this.directory = directory;
	}

	boolean canSee(Proposal proposal, CurrentUser user) {
		return units.isWithin(proposal.getProposingUnitId(), user.unitId()) || sits(proposal, user);
	}

	boolean proposes(Proposal proposal, CurrentUser user) {
		return user.has(Role.OFFICER) && user.unitId() == proposal.getProposingUnitId();
	}

	boolean appraises(Proposal proposal, CurrentUser user) {
		return user.has(Role.OFFICER) && units.isWithin(proposal.getDecidingUnitId(), user.unitId())
				&& !proposal.submittedBy(user.username());
	}

	boolean sits(Proposal proposal, CurrentUser user) {
		return (user.has(Role.BOARD_MEMBER) || user.has(Role.BOARD_CHAIR))
				&& directory.board(proposal.getDecidingUnitId())
					.stream()
					.anyMatch(member -> member.id() == user.accountId());
	}

	boolean chairs(Proposal proposal, CurrentUser user) {
		return user.has(Role.BOARD_CHAIR) && user.unitId() == proposal.getDecidingUnitId()
				&& !proposal.submittedBy(user.username());
	}

	void requireVisible(Proposal proposal, CurrentUser user) {
		if (!canSee(proposal, user)) {
			throw new NotFoundException("proposal", proposal.getId());
		}
	}

	void requireProposer(Proposal proposal, CurrentUser user) {
		requireVisible(proposal, user);
		if (!proposes(proposal, user)) {
			throw new AccessDeniedException("Only the proposing unit's officers edit a proposal");
		}
	}

	void requireOffice(Proposal proposal, CurrentUser user) {
		requireVisible(proposal, user);
		if (!appraises(proposal, user)) {
			throw new AccessDeniedException("Only the reward office appraises, never the submitter");
		}
	}

	void requireChair(Proposal proposal, CurrentUser user) {
		requireVisible(proposal, user);
		if (!chairs(proposal, user)) {
			throw new AccessDeniedException("Only the deciding unit's chair decides, never the submitter");
		}
	}

}
