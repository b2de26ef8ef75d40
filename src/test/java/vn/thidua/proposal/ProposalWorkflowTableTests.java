package vn.thidua.proposal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.thidua.proposal.ProposalWorkflow.Roles;
import vn.thidua.proposal.ProposalWorkflow.Step;
import vn.thidua.shared.BusinessRuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.proposal.ProposalStatus.AWARDED;
import static vn.thidua.proposal.ProposalStatus.DECIDED;
import static vn.thidua.proposal.ProposalStatus.DRAFT;
import static vn.thidua.proposal.ProposalStatus.FORWARDED;
import static vn.thidua.proposal.ProposalStatus.IN_APPRAISAL;
import static vn.thidua.proposal.ProposalStatus.ISSUED;
import static vn.thidua.proposal.ProposalStatus.PUBLISHED;
import static vn.thidua.proposal.ProposalStatus.RETURNED;
import static vn.thidua.proposal.ProposalStatus.SUBMITTED;
import static vn.thidua.proposal.ProposalStatus.VOTED;
import static vn.thidua.proposal.ProposalStatus.VOTING;

/**
 * The workflow table on its own, without Spring or a database: every step from every
 * state, allowed exactly where the law's order allows it, with the state it leads to; who
 * takes it; which route; and the order of the workflow's dates.
 */
class ProposalWorkflowTableTests {

	/** The expected table, written out apart from the code: step → (from → to). */
	private static final Map<Step, Map<ProposalStatus, ProposalStatus>> EXPECTED = Map.ofEntries(
			Map.entry(Step.EDIT, Map.of(DRAFT, DRAFT, RETURNED, RETURNED)),
			Map.entry(Step.SUBMIT, Map.of(DRAFT, SUBMITTED, RETURNED, SUBMITTED)),
			Map.entry(Step.TAKE_IN, Map.of(SUBMITTED, IN_APPRAISAL)),
			Map.entry(Step.RECORD_RECEIPT, Map.of(IN_APPRAISAL, IN_APPRAISAL, PUBLISHED, PUBLISHED)),
			Map.entry(Step.RETURN_LINE, Map.of(IN_APPRAISAL, IN_APPRAISAL)),
			Map.entry(Step.SEND_BACK, Map.of(IN_APPRAISAL, RETURNED)),
			Map.entry(Step.PUBLISH, Map.of(IN_APPRAISAL, PUBLISHED)),
			Map.entry(Step.RECORD_OBJECTION, Map.of(PUBLISHED, PUBLISHED)),
			Map.entry(Step.FORWARD_TO_BOARD, Map.of(IN_APPRAISAL, VOTING, PUBLISHED, VOTING)),
			Map.entry(Step.OPEN_SESSION, Map.of(VOTING, VOTING)), Map.entry(Step.VOTE, Map.of(VOTING, VOTING)),
			Map.entry(Step.ADJOURN_SESSION, Map.of(VOTING, VOTING)),
			Map.entry(Step.CLOSE_SESSION, Map.of(VOTING, VOTED)), Map.entry(Step.DECIDE, Map.of(VOTED, DECIDED)),
			Map.entry(Step.FORWARD_UPWARD, Map.of(VOTED, FORWARDED)), Map.entry(Step.ISSUE, Map.of(DECIDED, ISSUED)),
			Map.entry(Step.AWARD, Map.of(ISSUED, AWARDED)),
			Map.entry(Step.RECORD_UPPER_DECISION, Map.of(FORWARDED, AWARDED)),
			Map.entry(Step.REVOKE, Map.of(AWARDED, AWARDED)));

	private static final Roles EVERYONE = new Roles(true, true, true, true);

	@Test
	void theExpectedTableCoversEveryStep() {
		assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(Step.values());
	}

	@ParameterizedTest
	@EnumSource(Step.class)
	void everyStepIsAllowedFromExactlyItsStatesAndLeadsWhereTheTableSays(Step step) {
		Map<ProposalStatus, ProposalStatus> expected = EXPECTED.get(step);
		for (ProposalStatus status : ProposalStatus.values()) {
			if (expected.containsKey(status)) {
				assertThat(step.allowsFrom(status)).as("%s from %s", step, status).isTrue();
				assertThatCode(() -> ProposalWorkflow.require(step, status)).doesNotThrowAnyException();
				assertThat(step.target(status)).as("%s from %s", step, status).isEqualTo(expected.get(status));
			}
			else {
				assertThat(step.allowsFrom(status)).as("%s from %s", step, status).isFalse();
				assertThatThrownBy(() -> ProposalWorkflow.require(step, status))
					.isInstanceOf(BusinessRuleViolation.class)
					.hasFieldOrPropertyWithValue("messageKey", "proposal.wrongStatus");
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Step.class)
	void theEntityTakesAStepOnlyWhereTheTableAllowsIt(Step step) {
		for (ProposalStatus status : ProposalStatus.values()) {
			Proposal proposal = new Proposal(1, 2, 2025, vn.thidua.award.AwardKind.MERIT, "Đề nghị", null, null,
					"canbo", java.time.Instant.EPOCH);
			org.springframework.test.util.ReflectionTestUtils.setField(proposal, "status", status);
			if (EXPECTED.get(step).containsKey(status)) {
				proposal.take(step);
				assertThat(proposal.getStatus()).isEqualTo(EXPECTED.get(step).get(status));
			}
			else {
				assertThatThrownBy(() -> proposal.take(step)).isInstanceOf(BusinessRuleViolation.class);
				assertThat(proposal.getStatus()).isEqualTo(status);
			}
		}
	}

	@Test
	void eachRoleSeesOnlyItsOwnSteps() {
		Roles proposer = new Roles(true, false, false, false);
		Roles office = new Roles(false, true, false, false);
		Roles board = new Roles(false, false, true, false);
		Roles chair = new Roles(false, false, false, true);
		Roles nobody = new Roles(false, false, false, false);

		assertThat(ProposalWorkflow.allowed(DRAFT, proposer, false)).containsExactlyInAnyOrder(Step.EDIT, Step.SUBMIT);
		assertThat(ProposalWorkflow.allowed(RETURNED, proposer, false)).containsExactlyInAnyOrder(Step.EDIT,
				Step.SUBMIT);
		assertThat(ProposalWorkflow.allowed(SUBMITTED, proposer, false)).isEmpty();
		assertThat(ProposalWorkflow.allowed(DRAFT, office, false)).isEmpty();
		assertThat(ProposalWorkflow.allowed(SUBMITTED, office, false)).containsExactly(Step.TAKE_IN);
		assertThat(ProposalWorkflow.allowed(IN_APPRAISAL, office, false)).containsExactlyInAnyOrder(Step.RECORD_RECEIPT,
				Step.RETURN_LINE, Step.SEND_BACK, Step.PUBLISH, Step.FORWARD_TO_BOARD);
		assertThat(ProposalWorkflow.allowed(PUBLISHED, office, false)).containsExactlyInAnyOrder(Step.RECORD_RECEIPT,
				Step.RECORD_OBJECTION, Step.FORWARD_TO_BOARD);
		assertThat(ProposalWorkflow.allowed(VOTING, office, false)).containsExactlyInAnyOrder(Step.OPEN_SESSION,
				Step.ADJOURN_SESSION, Step.CLOSE_SESSION);
		assertThat(ProposalWorkflow.allowed(VOTING, board, false)).containsExactly(Step.VOTE);
		assertThat(ProposalWorkflow.allowed(VOTED, chair, false)).containsExactly(Step.DECIDE);
		assertThat(ProposalWorkflow.allowed(VOTED, chair, true)).containsExactly(Step.FORWARD_UPWARD);
		assertThat(ProposalWorkflow.allowed(VOTED, office, false)).isEmpty();
		assertThat(ProposalWorkflow.allowed(DECIDED, chair, false)).containsExactly(Step.ISSUE);
		assertThat(ProposalWorkflow.allowed(DECIDED, office, false)).containsExactly(Step.ISSUE);
		assertThat(ProposalWorkflow.allowed(ISSUED, office, false)).containsExactly(Step.AWARD);
		assertThat(ProposalWorkflow.allowed(ISSUED, chair, false)).isEmpty();
		assertThat(ProposalWorkflow.allowed(FORWARDED, office, true)).containsExactly(Step.RECORD_UPPER_DECISION);
		assertThat(ProposalWorkflow.allowed(AWARDED, office, false)).containsExactly(Step.REVOKE);
		for (ProposalStatus status : ProposalStatus.values()) {
			assertThat(ProposalWorkflow.allowed(status, nobody, false)).isEmpty();
			assertThat(ProposalWorkflow.allowed(status, nobody, true)).isEmpty();
		}
	}

	@Test
	void stepsOfOneRouteAreNotOfferedOnTheOther() {
		Set<Step> here = EnumSet.noneOf(Step.class);
		Set<Step> upward = EnumSet.noneOf(Step.class);
		for (ProposalStatus status : ProposalStatus.values()) {
			here.addAll(ProposalWorkflow.allowed(status, EVERYONE, false));
			upward.addAll(ProposalWorkflow.allowed(status, EVERYONE, true));
		}
		assertThat(here).contains(Step.DECIDE, Step.ISSUE, Step.AWARD)
			.doesNotContain(Step.FORWARD_UPWARD, Step.RECORD_UPPER_DECISION);
		assertThat(upward).contains(Step.FORWARD_UPWARD, Step.RECORD_UPPER_DECISION)
			.doesNotContain(Step.DECIDE, Step.ISSUE, Step.AWARD);
		assertThatThrownBy(() -> ProposalWorkflow.requireRoute(Step.DECIDE, true))
			.hasFieldOrPropertyWithValue("messageKey", "workflow.decidedUpward");
		assertThatThrownBy(() -> ProposalWorkflow.requireRoute(Step.FORWARD_UPWARD, false))
			.hasFieldOrPropertyWithValue("messageKey", "workflow.decidedHere");
		assertThatCode(() -> ProposalWorkflow.requireRoute(Step.SUBMIT, true)).doesNotThrowAnyException();
	}

	@Test
	void theReceiptIsNotInTheFutureNorBeforeTheSending() {
		LocalDate sent = LocalDate.of(2026, 3, 2);
		LocalDate today = LocalDate.of(2026, 3, 10);

		assertThatCode(() -> ProposalWorkflow.requireReceipt(sent, sent, today)).doesNotThrowAnyException();
		assertThatCode(() -> ProposalWorkflow.requireReceipt(today, sent, today)).doesNotThrowAnyException();
		assertThatThrownBy(() -> ProposalWorkflow.requireReceipt(today.plusDays(1), sent, today))
			.hasFieldOrPropertyWithValue("messageKey", "workflow.receiptInFuture");
		assertThatThrownBy(() -> ProposalWorkflow.requireReceipt(sent.minusDays(1), sent, today))
			.hasFieldOrPropertyWithValue("messageKey", "workflow.receiptBeforeSent");
	}

	@Test
	void theSessionFollowsTheReceiptAndTheDecisionFollowsTheSession() {
		LocalDate received = LocalDate.of(2026, 3, 2);
		assertThatCode(() -> ProposalWorkflow.requireSession(received, received)).doesNotThrowAnyException();
		assertThatThrownBy(() -> ProposalWorkflow.requireSession(received.minusDays(1), received))
			.hasFieldOrPropertyWithValue("messageKey", "workflow.sessionBeforeReceipt");

		LocalDate session = LocalDate.of(2026, 3, 20);
		assertThatCode(() -> ProposalWorkflow.requireDecision(session, session)).doesNotThrowAnyException();
		assertThatCode(() -> ProposalWorkflow.requireDecision(session.plusDays(3), session)).doesNotThrowAnyException();
		assertThatThrownBy(() -> ProposalWorkflow.requireDecision(session.minusDays(1), session))
			.hasFieldOrPropertyWithValue("messageKey", "workflow.decisionBeforeSession");
	}

	@Test
	void theJudgementDateIsTheReceiptOnceRecordedAndTodayBefore() {
		LocalDate today = LocalDate.of(2026, 3, 10);
		assertThat(ProposalWorkflow.judgementDate(null, today)).isEqualTo(today);
		assertThat(ProposalWorkflow.judgementDate(LocalDate.of(2025, 12, 31), today))
			.isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void theQuorumIsTheAttendanceShareOfAllMembersRoundedUp() {
		assertThat(BoardVoting.Quorum.required(new java.math.BigDecimal("0.6666"), 3)).isEqualTo(2);
		assertThat(BoardVoting.Quorum.required(new java.math.BigDecimal("0.6666"), 9)).isEqualTo(6);
		assertThat(BoardVoting.Quorum.required(new java.math.BigDecimal("0.6666"), 7)).isEqualTo(5);
		assertThat(BoardVoting.Quorum.required(new java.math.BigDecimal("0.5"), 7)).isEqualTo(4);
		assertThat(new BoardVoting.Quorum(4, 5, 7).met()).isFalse();
		assertThat(new BoardVoting.Quorum(5, 5, 7).met()).isTrue();
	}

}
