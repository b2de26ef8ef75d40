package vn.thidua.proposal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * The proposal's workflow as one table: every step, who takes it, from which states, to
 * which state, and whether it belongs to a proposal the deciding unit decides itself or
 * one it forwards upward. Every service step asks this table before acting, and the pages
 * show only the steps it allows the viewer. It also holds the order of the workflow's
 * dates: the dossier is received on or after it was sent and not in the future, the board
 * meets on or after receipt, and the decision (or the letter upward) is not dated before
 * the session. Plain Java: no Spring, no database.
 */
public final class ProposalWorkflow {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private ProposalWorkflow() {
	}

	/**
	 * Who takes a step: the proposing unit's officers, the reward office of the deciding
	 * unit, a member of its board, its chair, or the chair or the office.
	 */
	public enum Actor {

		PROPOSER, OFFICE, BOARD, CHAIR, CHAIR_OR_OFFICE;

		boolean is(Roles roles) {
			return switch (this) {
				case PROPOSER -> roles.proposer();
				case OFFICE -> roles.office();
				case BOARD -> roles.board();
				case CHAIR -> roles.chair();
				case CHAIR_OR_OFFICE -> roles.chair() || roles.office();
			};
		}

	}

	/**
	 * Which proposals a step belongs to: any, those the deciding unit decides itself, or
	 * those an authority above the province decides.
	 */
	public enum Route {

		ANY, HERE, UPWARD

	}

	/**
	 * The viewer's roles on one proposal.
	 */
	public record Roles(boolean proposer, boolean office, boolean board, boolean chair) {
	}

	/**
	 * The transitions. A step whose target is null leaves the state as it is.
	 */
	public enum Step {

		EDIT(Actor.PROPOSER, Route.ANY, null, ProposalStatus.DRAFT, ProposalStatus.RETURNED),

		SUBMIT(Actor.PROPOSER, Route.ANY, ProposalStatus.SUBMITTED, ProposalStatus.DRAFT, ProposalStatus.RETURNED),

		TAKE_IN(Actor.OFFICE, Route.ANY, ProposalStatus.IN_APPRAISAL, ProposalStatus.SUBMITTED),

		RECORD_RECEIPT(Actor.OFFICE, Route.ANY, null, ProposalStatus.IN_APPRAISAL, ProposalStatus.PUBLISHED),

		RETURN_LINE(Actor.OFFICE, Route.ANY, null, ProposalStatus.IN_APPRAISAL),

		SEND_BACK(Actor.OFFICE, Route.ANY, ProposalStatus.RETURNED, ProposalStatus.IN_APPRAISAL),

		PUBLISH(Actor.OFFICE, Route.ANY, ProposalStatus.PUBLISHED, ProposalStatus.IN_APPRAISAL),

		RECORD_OBJECTION(Actor.OFFICE, Route.ANY, null, ProposalStatus.PUBLISHED),

		FORWARD_TO_BOARD(Actor.OFFICE, Route.ANY, ProposalStatus.VOTING, ProposalStatus.IN_APPRAISAL,
				ProposalStatus.PUBLISHED),

		OPEN_SESSION(Actor.OFFICE, Route.ANY, null, ProposalStatus.VOTING),

		VOTE(Actor.BOARD, Route.ANY, null, ProposalStatus.VOTING),

		ADJOURN_SESSION(Actor.OFFICE, Route.ANY, null, ProposalStatus.VOTING),

		CLOSE_SESSION(Actor.OFFICE, Route.ANY, ProposalStatus.VOTED, ProposalStatus.VOTING),

		DECIDE(Actor.CHAIR, Route.HERE, ProposalStatus.DECIDED, ProposalStatus.VOTED),

		FORWARD_UPWARD(Actor.CHAIR, Route.UPWARD, ProposalStatus.FORWARDED, ProposalStatus.VOTED),

		ISSUE(Actor.CHAIR_OR_OFFICE, Route.HERE, ProposalStatus.ISSUED, ProposalStatus.DECIDED),

		AWARD(Actor.OFFICE, Route.HERE, ProposalStatus.AWARDED, ProposalStatus.ISSUED),

		RECORD_UPPER_DECISION(Actor.OFFICE, Route.UPWARD, ProposalStatus.AWARDED, ProposalStatus.FORWARDED),

		REVOKE(Actor.OFFICE, Route.ANY, null, ProposalStatus.AWARDED);

		private final Actor actor;

		private final Route route;

		private final @Nullable ProposalStatus target;

		private final Set<ProposalStatus> from;

		Step(Actor actor, Route route, @Nullable ProposalStatus target, ProposalStatus first, ProposalStatus... rest) {
			this.actor = actor;
			this.route = route;
			this.target = target;
			this.from = EnumSet.of(first, rest);
		}

		public Actor actor() {
			return actor;
		}

		public Route route() {
			return route;
		}

		public Set<ProposalStatus> from() {
			return from;
		}

		/**
		 * The state the step leads to from the given one.
		 */
		public ProposalStatus target(ProposalStatus current) {
			return target == null ? current : target;
		}

		public boolean allowsFrom(ProposalStatus status) {
			return from.contains(status);
		}

		boolean fits(boolean upward) {
			return route == Route.ANY || (route == Route.UPWARD) == upward;
		}

	}

	/**
	 * Whether the step may be taken now from the state, by someone with these roles, on a
	 * proposal decided here or upward.
	 */
	public static boolean allows(Step step, ProposalStatus status, Roles roles, boolean upward) {
		return step.allowsFrom(status) && step.actor().is(roles) && step.fits(upward);
	}

	/**
	 * Every step the viewer may take on the proposal now.
	 */
	public static Set<Step> allowed(ProposalStatus status, Roles roles, boolean upward) {
		Set<Step> steps = EnumSet.noneOf(Step.class);
		for (Step step : Step.values()) {
			if (allows(step, status, roles, upward)) {
				steps.add(step);
			}
		}
		return steps;
	}

	/**
	 * Refuses a step the table does not allow from the present state, naming the state.
	 * Who takes the step is checked by {@link ProposalAccess} first, so a stranger is
	 * refused access rather than told the state.
	 */
	public static void require(Step step, ProposalStatus status) {
		if (!step.allowsFrom(status)) {
			throw new BusinessRuleViolation("proposal.wrongStatus",
					new DefaultMessageSourceResolvable("ProposalStatus." + status));
		}
	}

	/**
	 * Refuses a step of one route on a proposal of the other.
	 */
	public static void requireRoute(Step step, boolean upward) {
		if (!step.fits(upward)) {
			throw new BusinessRuleViolation(upward ? "workflow.decidedUpward" : "workflow.decidedHere");
		}
	}

	/**
	 * The receipt date the office records: not in the future and not before the dossier
	 * was sent.
	 */
	public static void requireReceipt(LocalDate receivedOn, @Nullable LocalDate sentOn, LocalDate today) {
		if (receivedOn.isAfter(today)) {
			throw new BusinessRuleViolation("workflow.receiptInFuture", receivedOn.format(DATE));
		}
		if (sentOn != null && receivedOn.isBefore(sentOn)) {
			throw new BusinessRuleViolation("workflow.receiptBeforeSent", receivedOn.format(DATE), sentOn.format(DATE));
		}
	}

	/**
	 * A board session is not held before the dossier was received.
	 */
	public static void requireSession(LocalDate heldOn, @Nullable LocalDate receivedOn) {
		if (receivedOn != null && heldOn.isBefore(receivedOn)) {
			throw new BusinessRuleViolation("workflow.sessionBeforeReceipt", heldOn.format(DATE),
					receivedOn.format(DATE));
		}
	}

	/**
	 * A decision, or the letter proposing upward, is not dated before the board session
	 * that voted on it.
	 */
	public static void requireDecision(LocalDate decidedOn, @Nullable LocalDate sessionOn) {
		if (sessionOn != null && decidedOn.isBefore(sessionOn)) {
			throw new BusinessRuleViolation("workflow.decisionBeforeSession", decidedOn.format(DATE),
					sessionOn.format(DATE));
		}
	}

	/**
	 * The date whose rules judge the proposal everywhere alike — its page, every step,
	 * its resubmission after a return and the API: the date the office received the
	 * dossier, or today while it has not received it.
	 */
	public static LocalDate judgementDate(@Nullable LocalDate receivedOn, LocalDate today) {
		return receivedOn == null ? today : receivedOn;
	}

}
