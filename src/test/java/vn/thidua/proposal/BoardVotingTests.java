package vn.thidua.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.account.BoardMember;
import vn.thidua.award.AwardEntry;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardRegistry;
import vn.thidua.award.Rating;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.LockWaits.Behind;
import vn.thidua.support.ProposalFixture;
import vn.thidua.unit.UnitCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.support.LockWaits.secondBehindFirst;
import static vn.thidua.support.ProposalFixture.unique;

/**
 * The board's secret vote: one ballot per member present, counts only, conflicted ballots
 * excluded, thresholds applied at closing.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class BoardVotingTests {

	@Autowired
	ProposalFixture fixture;

	@Autowired
	BoardVoting voting;

	@Autowired
	ProposalDrafting drafting;

	@Autowired
	AwardRegistry registry;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	@Autowired
	ProposalReview review;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aBallotIsCastOnceAndOnlyItsCountsAreStored() {
		Proposal proposal = fixture.atBoard(unique("Phiếu kín"), List.of(fixture.eligible(unique("Bùi Văn Phiếu"))));
		BoardSession session = fixture.session(proposal);
		CurrentUser member = users.current("member.tv");

		voting.vote(session.getId(), fixture.ballots(proposal, Ballot.AGREE), true, member);
		assertThatThrownBy(() -> voting.vote(session.getId(), fixture.ballots(proposal, Ballot.DISAGREE), true, member))
			.hasFieldOrPropertyWithValue("messageKey", "board.alreadyVoted");

		assertThat(tally(session)).containsExactly(1, 0, 0, 0);
		assertThat(jdbc
			.sql("select count(*) from information_schema.columns where table_name in "
					+ "('board_tally', 'board_attendance') and column_name in ('ballot', 'choice')")
			.query(Integer.class)
			.single()).as("no column can say how a member voted").isZero();
	}

	@Test
	void onlyMembersPresentVoteAndEveryLineNeedsABallot() {
		Proposal proposal = fixture.atBoard(unique("Có mặt"), List.of(fixture.eligible(unique("Lê Văn Vắng"))));
		long member = fixture.board()
			.stream()
			.filter(m -> m.username().equals("member.tv"))
			.findFirst()
			.orElseThrow()
			.id();
		long chair = fixture.board()
			.stream()
			.filter(m -> m.username().equals("chair.tv"))
			.findFirst()
			.orElseThrow()
			.id();
		// two of three: the quorum, without the member of the department
		BoardSession session = voting.open(proposal.getId(), fixture.current(proposal.getId()).getVersion(),
				ProposalFixture.today(), Set.of(member, chair), users.current(ProposalFixture.OFFICE));

		assertThatThrownBy(() -> voting.vote(session.getId(), fixture.ballots(proposal, Ballot.AGREE), true,
				users.current("member.tv-snv")))
			.hasFieldOrPropertyWithValue("messageKey", "board.notPresent");
		assertThatThrownBy(() -> voting.vote(session.getId(), fixture.ballots(proposal, Ballot.AGREE), true,
				users.current(ProposalFixture.OFFICE)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> voting.vote(session.getId(), Map.of(), true, users.current("member.tv")))
			.hasFieldOrPropertyWithValue("messageKey", "board.ballotIncomplete");
		assertThat(tally(session)).containsExactly(0, 0, 0, 0);
	}

	@Test
	void withoutTwoThirdsPresentNobodyVotesAndNothingIsCounted() {
		Proposal proposal = fixture.atBoard(unique("Thiếu"), List.of(fixture.eligible(unique("Đỗ Văn Túc Số"))));
		BoardMember one = fixture.board().getFirst();
		BoardSession session = voting.open(proposal.getId(), fixture.current(proposal.getId()).getVersion(),
				ProposalFixture.today(), Set.of(one.id()), users.current(ProposalFixture.OFFICE));

		assertThatThrownBy(() -> voting.vote(session.getId(), fixture.ballots(proposal, Ballot.AGREE), true,
				users.current(one.username())))
			.hasFieldOrPropertyWithValue("messageKey", "board.inquorate");
		assertThatThrownBy(
				() -> voting.close(session.getId(), session.getVersion(), false, users.current(ProposalFixture.OFFICE)))
			.hasFieldOrPropertyWithValue("messageKey", "board.inquorate");
		assertThat(tally(session)).containsExactly(0, 0, 0, 0);
		assertThat(fixture.current(proposal.getId()).getStatus()).isEqualTo(ProposalStatus.VOTING);
	}

	@Test
	void aMemberFromTheNomineesOwnUnitIsFlaggedAndTheirBallotExcluded() {
		long department = units.findActiveByCode("TV-SNV").orElseThrow().id();
		CurrentUser officer = new CurrentUser(0, "test.snv", "Cán bộ Sở Nội vụ", department, Set.of(Role.OFFICER));
		long person = registry
			.addPerson(unique("Trịnh Văn Sở"), null, "MALE", "Chuyên viên", department,
					users.current(ProposalFixture.OFFICE))
			.getId();
		registry.rate(person, 2025, Rating.GOOD, users.current(ProposalFixture.OFFICE));
		// the department's head decides its Giấy khen; the province decides its Bằng khen
		for (int year = 2024; year <= 2025; year++) {
			registry.record(new AwardEntry(person, department, "CSTDCS", AwardKind.MERIT, year, "S-" + year + "/QĐ-SNV",
					LocalDate.of(year + 1, 1, 10), "Giám đốc Sở", "Sở Nội vụ", "Trịnh Văn Sở", null, "Sở Nội vụ"),
					users.current(ProposalFixture.OFFICE));
		}
		Proposal proposal = drafting
			.create(new NewProposal(unique("Sở Nội vụ"), 2025, AwardKind.MERIT, fixture.province(), null), officer);
		drafting.addPeople(proposal.getId(), 0, List.of(person), "BK_TINH", "Hoàn thành xuất sắc nhiệm vụ", officer);
		drafting.attach(proposal.getId(), DocumentKind.COVER_LETTER, null, ProposalFixture.pdf("TT.pdf"), officer);
		drafting.recordCouncil(proposal.getId(), fixture.current(proposal.getId()).getVersion(), 3, 3, 3,
				ProposalFixture.pdf("BB.pdf"), officer);
		drafting.submit(proposal.getId(), fixture.current(proposal.getId()).getVersion(), officer);
		CurrentUser office = users.current(ProposalFixture.OFFICE);
		review.startAppraisal(proposal.getId(), fixture.current(proposal.getId()).getVersion(), office);
		review.forwardToBoard(proposal.getId(), fixture.current(proposal.getId()).getVersion(), office);
		BoardSession session = fixture.session(proposal);

		assertThat(voting.view(proposal.getId(), users.current("member.tv-snv")).conflicts())
			.containsExactly(fixture.lines(proposal).getFirst().getId());
		assertThat(voting.view(proposal.getId(), users.current("member.tv")).conflicts()).isEmpty();
		for (BoardMember member : fixture.board()) {
			voting.vote(session.getId(), fixture.ballots(proposal, Ballot.AGREE), true,
					users.current(member.username()));
		}
		voting.close(session.getId(), session.getVersion(), false, office);

		ProposalLine line = fixture.lines(proposal).getFirst();
		assertThat(line.getVoteExcluded()).isEqualTo(1);
		assertThat(line.getVoteAgree()).isEqualTo(fixture.board().size() - 1);
		assertThat(line.getVotePassed()).isTrue();
	}

	@Test
	void closingBeforeEveryMemberPresentVotedMustBeMeant() {
		Proposal proposal = fixture.atBoard(unique("Chưa đủ phiếu"), List.of(fixture.eligible(unique("Mai Văn Chờ"))));
		BoardSession session = fixture.session(proposal);
		CurrentUser office = users.current(ProposalFixture.OFFICE);
		voting.vote(session.getId(), fixture.ballots(proposal, Ballot.AGREE), true, users.current("member.tv"));
		int waiting = fixture.board().size() - 1;

		assertThatThrownBy(() -> voting.close(session.getId(), session.getVersion(), false, office))
			.hasFieldOrPropertyWithValue("messageKey", "board.unvoted")
			.hasFieldOrPropertyWithValue("args", new Object[] { (long) waiting });
		assertThat(fixture.current(proposal.getId()).getStatus()).isEqualTo(ProposalStatus.VOTING);
		assertThat(voting.view(proposal.getId(), office).session().isOpen()).isTrue();

		voting.close(session.getId(), session.getVersion(), true, office);

		ProposalLine line = fixture.lines(proposal).getFirst();
		assertThat(line.getVoteAgree()).isEqualTo(1);
		assertThat(line.getVotePassed()).as("members who did not vote do not agree").isFalse();
		assertThat(jdbc.sql("select comment from proposal_event where proposal_id = ? and status = 'VOTED'")
			.param(proposal.getId())
			.query(String.class)
			.single()).isEqualTo(waiting + " thành viên có mặt không bỏ phiếu");
	}

	@Test
	void closingTwiceChangesNothing() {
		Proposal proposal = fixture.voted(unique("Đóng"), List.of(fixture.eligible(unique("Châu Văn Đóng"))));
		BoardSession session = voting.view(proposal.getId(), users.current(ProposalFixture.OFFICE)).session();

		voting.close(session.getId(), session.getVersion(), false, users.current(ProposalFixture.OFFICE));

		assertThat(jdbc.sql("select count(*) from proposal_event where proposal_id = ? and status = 'VOTED'")
			.param(proposal.getId())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThatThrownBy(() -> voting.vote(session.getId(), fixture.ballots(proposal, Ballot.AGREE), true,
				users.current("member.tv")))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aCloseWaitsForTheBallotInFlightAndCountsIt() throws Exception {
		Proposal proposal = fixture.atBoard(unique("Phiếu đang bỏ"), List.of(fixture.eligible(unique("Lư Văn Kịp"))));
		BoardSession session = fixture.session(proposal);
		Behind<Void> close = secondBehindFirst(transactions, jdbc,
				() -> voting.vote(session.getId(), fixture.ballots(proposal, Ballot.AGREE), true,
						users.current("member.tv")),
				() -> voting.close(session.getId(), session.getVersion(), true, users.current(ProposalFixture.OFFICE)));

		assertThat(close.waited()).as("the count waits for the ballot being cast").isTrue();
		close.outcome().get();

		assertThat(fixture.lines(proposal).getFirst().getVoteAgree()).isEqualTo(1);
		assertThat(jdbc.sql("select comment from proposal_event where proposal_id = ? and status = 'VOTED'")
			.param(proposal.getId())
			.query(String.class)
			.single()).isEqualTo((fixture.board().size() - 1) + " thành viên có mặt không bỏ phiếu");
	}

	@Test
	void aBallotBehindACloseIsRefusedAndLeavesNoTrace() throws Exception {
		Proposal proposal = fixture.atBoard(unique("Phiếu muộn"), List.of(fixture.eligible(unique("Lư Văn Muộn"))));
		BoardSession session = fixture.session(proposal);
		Behind<Void> ballot = secondBehindFirst(transactions, jdbc,
				() -> voting.close(session.getId(), session.getVersion(), true, users.current(ProposalFixture.OFFICE)),
				() -> voting.vote(session.getId(), fixture.ballots(proposal, Ballot.AGREE), true,
						users.current("member.tv")));

		assertThat(ballot.waited()).as("the ballot waits for the count").isTrue();
		assertThatThrownBy(ballot.outcome()::get).cause().hasFieldOrPropertyWithValue("messageKey", "board.closed");

		assertThat(tally(session)).containsExactly(0, 0, 0, 0);
		assertThat(jdbc.sql("select count(*) from board_attendance where session_id = ? and voted_at is not null")
			.param(session.getId())
			.query(Integer.class)
			.single()).as("the member is not told the ballot counted").isZero();
	}

	private List<Integer> tally(BoardSession session) {
		return jdbc.sql("select agree, disagree, abstain, excluded from board_tally where session_id = ?")
			.param(session.getId())
			.query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
			.single();
	}

}
