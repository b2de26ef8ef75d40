package vn.thidua.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;

/**
 * What every step of a proposal does alike: load it, refuse a stale form, record the step
 * on the timeline, and make a change inside the proposal bump its version.
 */
@Component
class ProposalSteps {

	private final Proposals proposals;

	private final ProposalEvents events;

	private final EntityManager entityManager;

	private final Clock clock;

	ProposalSteps(Proposals proposals, ProposalEvents events, EntityManager entityManager, Clock clock) {
		this.proposals = proposals;
		this.events = events;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	Proposal load(long id) {
		return proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal", id));
	}

	/**
	 * The proposal, locked until the transaction ends: a simultaneous step waits and then
	 * sees what this one did.
	 */
	Proposal loadForUpdate(long id) {
		Proposal proposal = entityManager.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE);
		if (proposal == null) {
			throw new NotFoundException("proposal", id);
		}
		return proposal;
	}

	/**
	 * The proposal as the form saw it: a replay of a step already taken, or a form older
	 * than the last change, changes nothing.
	 */
	Proposal current(long id, long version) {
		Proposal proposal = load(id);
		StaleEditException.check("proposal", id, version, proposal.getVersion());
		return proposal;
	}

	static void requireVersion(Proposal proposal, long version) {
		StaleEditException.check("proposal", proposal.getId(), version, proposal.getVersion());
	}

	void changedInside(Proposal proposal) {
		entityManager.lock(proposal, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
	}

	void record(Proposal proposal, @Nullable String comment, CurrentUser user) {
		events.save(new ProposalEvent(proposal.getId(), proposal.getStatus(), user.username(), clock.instant(),
				comment == null || comment.isBlank() ? null : comment));
	}

	Instant now() {
		return clock.instant();
	}

	/**
	 * The date whose rules judge the proposal, alike on its page, at every step and in
	 * the API.
	 */
	LocalDate judgementDate(Proposal proposal) {
		return ProposalWorkflow.judgementDate(proposal.getReceivedOn(), today());
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

}
