package vn.thidua.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.account.BoardMember;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.support.ProposalFixture.today;
import static vn.thidua.support.ProposalFixture.unique;

/**
 * The workflow as the law reads it, through the services: the receipt date is the
 * office's and judges the proposal everywhere alike, the proposal sent first wins, a
 * board below its quorum decides nothing and meets again, and the dates follow each
 * other.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class ProposalLawTests {

	@Autowired
	ProposalFixture fixture;

	@Autowired
	ProposalDrafting drafting;

	@Autowired
	ProposalReview review;

	@Autowired
	BoardVoting voting;

	@Autowired
	Decisions decisions;

	@Autowired
	ProposalQueries queries;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	CurrentUser proposer() {
		return users.current(ProposalFixture.PROPOSER);
	}

	CurrentUser office() {
		return users.current(ProposalFixture.OFFICE);
	}

	@Test
	void theOfficeRecordsTheReceiptDateNotInTheFutureNorBeforeTheSending() {
		Proposal sent = fixture.submitted(unique("Ngày nhận"), List.of(fixture.eligible(unique("Vũ Thị Nhận"))));
		assertThat(sent.getReceivedOn()).as("the office has not received it yet").isNull();
		assertThat(sent.getSentOn()).isEqualTo(today());
		assertThat(sent.getSentAt()).isNotNull();

		assertThatThrownBy(() -> review.startAppraisal(sent.getId(), sent.getVersion(), today().plusDays(1), office()))
			.hasFieldOrPropertyWithValue("messageKey", "workflow.receiptInFuture");
		assertThatThrownBy(() -> review.startAppraisal(sent.getId(), sent.getVersion(), today().minusDays(1), office()))
			.hasFieldOrPropertyWithValue("messageKey", "workflow.receiptBeforeSent");
		assertThat(fixture.current(sent.getId()).getStatus()).isEqualTo(ProposalStatus.SUBMITTED);

		Proposal appraised = review.startAppraisal(sent.getId(), sent.getVersion(), null, office());
		assertThat(appraised.getReceivedOn()).as("defaults to today").isEqualTo(today());
		assertThat(queries.page(sent.getId(), office()).checkedOn()).isEqualTo(today());
		assertThat(queries.page(sent.getId(), office()).actions()).contains(ProposalWorkflow.Step.RECORD_RECEIPT);
		assertThat(queries.page(sent.getId(), proposer()).actions()).isEmpty();

		// editable while the appraisal lasts, refused once the board has it
		assertThatThrownBy(() -> review.recordReceipt(sent.getId(), fixture.current(sent.getId()).getVersion(),
				today().plusDays(2), office()))
			.hasFieldOrPropertyWithValue("messageKey", "workflow.receiptInFuture");
		Proposal atBoard = review.forwardToBoard(sent.getId(), fixture.current(sent.getId()).getVersion(), office());
		jdbc.sql("update award_proposal set sent_on = sent_on - 5 where id = ?").param(sent.getId()).update();
		assertThatThrownBy(
				() -> review.recordReceipt(sent.getId(), atBoard.getVersion(), today().minusDays(1), office()))
			.hasFieldOrPropertyWithValue("messageKey", "proposal.wrongStatus");
	}

	@Test
	void aReturnedProposalIsJudgedOnItsReceiptDateOnThePageAndAtResubmissionAlike() {
		long person = fixture.eligible(unique("Đinh Văn Trả"));
		Proposal sent = fixture.submitted(unique("Trả lại"), List.of(person));
		review.startAppraisal(sent.getId(), sent.getVersion(), office());
		ProposalLine line = fixture.lines(sent).getFirst();
		review.returnLine(line.getId(), "Bổ sung thành tích", office());
		review.sendBack(sent.getId(), fixture.current(sent.getId()).getVersion(), "Bổ sung", office());
		// the dossier was sent and received forty days ago; a rule in force then (and
		// ended since) refuses the award: the page and the resubmission both read it
		LocalDate received = today().minusDays(40);
		jdbc.sql("update award_proposal set sent_on = ?, received_on = ? where id = ?")
			.params(received, received, sent.getId())
			.update();
		String code = "T_" + System.nanoTime();
		jdbc.sql("""
				insert into eligibility_rule (code, award_type_code, check_kind, parameters, legal_source, description,
				                              effective_from, effective_to, severity)
				values (?, 'BK_TINH', 'AWARD_IN_YEAR', '{"awardType": "CSTD_TQ"}', 'Quy định thử', 'Thử',
				        ?, ?, 'BLOCKING')
				""").params(code, received.minusDays(5), received.plusDays(5)).update();
		drafting.reviseLine(line.getId(), fixture.lines(sent).getFirst().getVersion(), "Thành tích bổ sung", null,
				proposer());

		ProposalPage page = queries.page(sent.getId(), proposer());
		assertThat(page.checkedOn()).isEqualTo(received);
		assertThat(page.verdicts().get(line.getId()).outcome()).isEqualTo(LineOutcome.BLOCKED);
		assertThat(page.verdicts().get(line.getId()).eligibility().results())
			.anySatisfy(result -> assertThat(result.ruleCode()).isEqualTo(code));
		assertThatThrownBy(() -> drafting.submit(sent.getId(), fixture.current(sent.getId()).getVersion(), proposer()))
			.hasFieldOrPropertyWithValue("messageKey", "proposal.linesNotReady");
	}

	@Test
	void theProposalSentFirstWinsAndALaterDraftNeverBlocksIt() {
		long person = fixture.eligible(unique("Hà Thị Trước"));
		Proposal draft = fixture.draft(unique("Nháp trước"), List.of(person));
		assertThat(fixture.lines(draft).getFirst().getOutcome()).isEqualTo(LineOutcome.PASSED);

		// a second proposal of the same person is sent while the first is still a draft
		Proposal sent = fixture.submitted(unique("Gửi trước"), List.of(person));
		assertThat(sent.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
		review.startAppraisal(sent.getId(), sent.getVersion(), office());

		ProposalLine later = fixture.lines(draft).getFirst();
		LineVerdict verdict = queries.page(draft.getId(), proposer()).verdicts().get(later.getId());
		assertThat(verdict.outcome()).isEqualTo(LineOutcome.BLOCKED);
		assertThat(verdict.earlierProposalId()).isEqualTo(sent.getId());
		assertThat(verdict.alsoProposedIn()).isEqualTo(sent.getTitle());
		assertThatThrownBy(
				() -> drafting.submit(draft.getId(), fixture.current(draft.getId()).getVersion(), proposer()))
			.hasFieldOrPropertyWithValue("messageKey", "proposal.linesNotReady");

		// the earlier one, in appraisal, stays clear and goes on to the board
		ProposalLine first = fixture.lines(sent).getFirst();
		assertThat(queries.page(sent.getId(), office()).verdicts().get(first.getId()).outcome())
			.isEqualTo(LineOutcome.PASSED);
		assertThat(
				review.forwardToBoard(sent.getId(), fixture.current(sent.getId()).getVersion(), office()).getStatus())
			.isEqualTo(ProposalStatus.VOTING);
	}

	@Test
	void aSessionWithoutItsQuorumCannotDecideAndIsHeldAgain() {
		Proposal proposal = fixture.atBoard(unique("Thiếu túc số"), List.of(fixture.eligible(unique("Đỗ Văn Túc"))));
		List<BoardMember> board = fixture.board();
		int required = BoardVoting.Quorum.required(new java.math.BigDecimal("0.6666"), board.size());
		BoardMember one = board.getFirst();
		BoardSession thin = voting.open(proposal.getId(), fixture.current(proposal.getId()).getVersion(), today(),
				Set.of(one.id()), office());

		assertThatThrownBy(() -> voting.vote(thin.getId(), fixture.ballots(proposal, Ballot.AGREE), true,
				users.current(one.username())))
			.hasFieldOrPropertyWithValue("messageKey", "board.inquorate");
		assertThatThrownBy(() -> voting.close(thin.getId(), thin.getVersion(), false, office()))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "board.inquorate")
			.satisfies(refusal -> assertThat(((BusinessRuleViolation) refusal).args()).containsExactly(1, required,
					board.size()));
		BoardView view = voting.view(proposal.getId(), office());
		assertThat(view.quorate()).isFalse();
		assertThat(view.canVote()).isFalse();

		voting.adjourn(thin.getId(), thin.getVersion(), office());
		assertThat(fixture.current(proposal.getId()).getStatus()).isEqualTo(ProposalStatus.VOTING);
		assertThat(voting.view(proposal.getId(), office()).session().isInquorate()).isTrue();

		BoardSession full = fixture.session(proposal);
		assertThat(full.getId()).isNotEqualTo(thin.getId());
		assertThatThrownBy(() -> voting.adjourn(full.getId(), full.getVersion(), office()))
			.hasFieldOrPropertyWithValue("messageKey", "board.quorate");
		for (BoardMember member : board) {
			voting.vote(full.getId(), fixture.ballots(proposal, Ballot.AGREE), true, users.current(member.username()));
		}
		voting.close(full.getId(), full.getVersion(), false, office());
		assertThat(fixture.current(proposal.getId()).getStatus()).isEqualTo(ProposalStatus.VOTED);
		assertThat(fixture.lines(proposal).getFirst().getVotePassed()).isTrue();
	}

	@Test
	void theSessionFollowsTheReceiptAndTheDecisionFollowsTheSession() {
		Proposal proposal = fixture.atBoard(unique("Thứ tự ngày"), List.of(fixture.eligible(unique("Lâm Văn Ngày"))));
		assertThatThrownBy(() -> voting.open(proposal.getId(), fixture.current(proposal.getId()).getVersion(),
				today().minusDays(1), Set.of(fixture.board().getFirst().id()), office()))
			.hasFieldOrPropertyWithValue("messageKey", "workflow.sessionBeforeReceipt");

		Proposal decided = fixture.decided(unique("Quyết định sớm"), List.of(fixture.eligible(unique("Lâm Thị Sớm"))));
		assertThatThrownBy(() -> decisions.issue(decided.getId(), decided.getVersion(), "S" + System.nanoTime(),
				today().minusDays(1), "Lê Văn Hẳn", "Chủ tịch", users.current(ProposalFixture.CHAIR)))
			.hasFieldOrPropertyWithValue("messageKey", "workflow.decisionBeforeSession");
		assertThat(fixture.current(decided.getId()).getStatus()).isEqualTo(ProposalStatus.DECIDED);
	}

}
