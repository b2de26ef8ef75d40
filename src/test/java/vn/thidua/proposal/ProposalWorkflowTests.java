package vn.thidua.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.award.AwardEntry;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardRegistry;
import vn.thidua.award.Influence;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalFixture;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.support.ProposalFixture.unique;

/**
 * Every step of a proposal, and the ones refused: wrong role, wrong scope, wrong state,
 * replayed or stale requests.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class ProposalWorkflowTests {

	@Autowired
	ProposalFixture fixture;

	@Autowired
	ProposalDrafting drafting;

	@Autowired
	ProposalReview review;

	@Autowired
	Decisions decisions;

	@Autowired
	BoardVoting voting;

	@Autowired
	ProposalQueries queries;

	@Autowired
	AwardRegistry registry;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TreeFixture tree;

	CurrentUser proposer() {
		return users.current(ProposalFixture.PROPOSER);
	}

	CurrentUser office() {
		return users.current(ProposalFixture.OFFICE);
	}

	@Test
	void eachLineIsCheckedAsItIsAddedAndABlockedLineStopsSubmission() {
		long eligible = fixture.eligible(unique("Trần Thị Đủ"));
		long ineligible = fixture.ineligible(unique("Lý Văn Thiếu"));
		Proposal proposal = fixture.draft(unique("Đề nghị"), List.of(eligible, ineligible));

		Map<Long, ProposalLine> lines = fixture.linesByPerson(proposal);
		assertThat(lines.get(eligible).getOutcome()).isEqualTo(LineOutcome.PASSED);
		assertThat(lines.get(ineligible).getOutcome()).isEqualTo(LineOutcome.BLOCKED);
		ProposalPage page = queries.page(proposal.getId(), proposer());
		assertThat(page.verdicts().get(lines.get(ineligible).getId()).eligibility().results())
			.anySatisfy(result -> assertThat(result.ruleCode()).isEqualTo("BK_TINH_LADDER"));

		assertThatThrownBy(() -> drafting.submit(proposal.getId(), proposal.getVersion(), proposer()))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "proposal.linesNotReady");
		assertThat(fixture.current(proposal.getId()).getStatus()).isEqualTo(ProposalStatus.DRAFT);

		drafting.removeLine(lines.get(ineligible).getId(), proposer());
		Proposal submitted = drafting.submit(proposal.getId(), fixture.current(proposal.getId()).getVersion(),
				proposer());
		assertThat(submitted.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
		assertThat(submitted.getSentOn()).isNotNull();
		assertThat(submitted.getReceivedOn()).as("the office records the receipt").isNull();
	}

	@Test
	void submissionNeedsTheCoverLetterAndTheCouncilMinutes() {
		long person = fixture.eligible(unique("Phạm Văn Hồ Sơ"));
		Proposal proposal = drafting.create(
				new NewProposal(unique("Thiếu hồ sơ"), ProposalFixture.YEAR, AwardKind.MERIT, fixture.province(), null),
				proposer());
		drafting.addPeople(proposal.getId(), 0, List.of(person), "BK_TINH", "Thành tích", proposer());

		assertThatThrownBy(() -> drafting.submit(proposal.getId(), version(proposal), proposer()))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					refusal -> assertThat(refusal.all()).as("both missing documents at once")
						.extracting(BusinessRuleViolation::messageKey)
						.containsExactly("proposal.coverLetterMissing", "proposal.minutesMissing"));
		drafting.attach(proposal.getId(), DocumentKind.COVER_LETTER, null, ProposalFixture.pdf("TT.pdf"), proposer());
		assertThatThrownBy(() -> drafting.submit(proposal.getId(), version(proposal), proposer()))
			.hasFieldOrPropertyWithValue("messageKey", "proposal.minutesMissing");
	}

	@Test
	void theSameSubjectCannotBeProposedTwiceForTheSameAwardAndYear() {
		long person = fixture.eligible(unique("Võ Thị Trùng"));
		fixture.submitted(unique("Lần đầu"), List.of(person));
		Proposal second = fixture.draft(unique("Lần hai"), List.of(person));

		ProposalLine line = fixture.lines(second).getFirst();
		assertThat(line.getOutcome()).isEqualTo(LineOutcome.BLOCKED);
		assertThat(queries.page(second.getId(), proposer()).verdicts().get(line.getId()).alsoProposedIn())
			.startsWith("Lần đầu");
	}

	@Test
	void onlyTheProposingUnitsOfficersDraftAndOthersDoNotEvenSeeIt() {
		Proposal proposal = fixture.draft(unique("Phạm vi"), List.of(fixture.eligible(unique("Hồ Văn Phạm"))));

		assertThatThrownBy(() -> queries.page(proposal.getId(), users.current("officer.nd")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> drafting.submit(proposal.getId(), proposal.getVersion(), users.current("officer.nd")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> drafting.submit(proposal.getId(), proposal.getVersion(), users.current("member.tv")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> drafting.create(new NewProposal("X", 2025, AwardKind.MERIT, fixture.province(), null),
				users.current("reporter.tv-cn")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> drafting.create(
				new NewProposal("X", 2025, AwardKind.MERIT, users.current("officer.nd").unitId(), null), proposer()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aPersonOfAnotherUnitCannotBeSlippedIntoAProposal() {
		Proposal proposal = fixture.draft(unique("Người ngoài"), List.of(fixture.eligible(unique("Đinh Văn Trong"))));
		long outsider = registry
			.addPerson(unique("Người Nam Định"), null, null, null, users.current("officer.nd").unitId(),
					users.current("officer.nd"))
			.getId();

		assertThatThrownBy(() -> drafting.addPeople(proposal.getId(), proposal.getVersion(), List.of(outsider),
				"BK_TINH", "x", proposer()))
			.isInstanceOf(NotFoundException.class);
		assertThat(fixture.lines(proposal)).hasSize(1);
	}

	@Test
	void aReplayedSubmissionChangesNothingAndAStaleFormIsRefused() {
		Proposal draft = fixture.draft(unique("Bấm hai lần"), List.of(fixture.eligible(unique("Mai Văn Lặp"))));

		drafting.submit(draft.getId(), draft.getVersion(), proposer());
		Proposal again = drafting.submit(draft.getId(), draft.getVersion(), proposer());

		assertThat(again.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
		assertThat(events(draft, ProposalStatus.SUBMITTED)).isEqualTo(1);
		assertThatThrownBy(() -> review.startAppraisal(draft.getId(), draft.getVersion(), office()))
			.isInstanceOf(StaleEditException.class);
		Proposal appraised = review.startAppraisal(draft.getId(), version(draft), office());
		review.startAppraisal(draft.getId(), version(draft) - 1, office());
		assertThat(appraised.getStatus()).isEqualTo(ProposalStatus.IN_APPRAISAL);
		assertThat(events(draft, ProposalStatus.IN_APPRAISAL)).isEqualTo(1);
	}

	@Test
	void stepsOutOfOrderAreRefused() {
		Proposal draft = fixture.draft(unique("Sai thứ tự"), List.of(fixture.eligible(unique("Lưu Văn Thứ"))));

		assertThatThrownBy(() -> review.startAppraisal(draft.getId(), draft.getVersion(), office()))
			.hasFieldOrPropertyWithValue("messageKey", "proposal.wrongStatus");
		assertThatThrownBy(() -> review.forwardToBoard(draft.getId(), draft.getVersion(), office()))
			.hasFieldOrPropertyWithValue("messageKey", "proposal.wrongStatus");
		assertThatThrownBy(() -> decisions.decide(draft.getId(), draft.getVersion(), Map.of(), null,
				users.current(ProposalFixture.CHAIR)))
			.hasFieldOrPropertyWithValue("messageKey", "proposal.wrongStatus");
		assertThatThrownBy(() -> review.startAppraisal(draft.getId(), draft.getVersion(), proposer()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theOfficeReturnsALineTheUnitFixesItAndSubmitsAgain() {
		Proposal submitted = fixture.submitted(unique("Trả lại"), List.of(fixture.eligible(unique("Cao Văn Sửa"))));
		Proposal proposal = review.startAppraisal(submitted.getId(), submitted.getVersion(), office());
		ProposalLine line = fixture.lines(proposal).getFirst();

		assertThatThrownBy(() -> review.sendBack(proposal(proposal), version(proposal), null, office()))
			.hasFieldOrPropertyWithValue("messageKey", "proposal.nothingReturned");
		review.returnLine(line.getId(), "Bổ sung số liệu thành tích năm 2025", office());
		review.sendBack(proposal.getId(), version(proposal), "Xem ý kiến từng dòng", office());
		assertThat(fixture.current(proposal.getId()).getStatus()).isEqualTo(ProposalStatus.RETURNED);

		assertThatThrownBy(() -> drafting.submit(proposal(proposal), version(proposal), proposer()))
			.hasFieldOrPropertyWithValue("messageKey", "proposal.returnedLinesOpen");
		ProposalLine returned = fixture.lines(proposal).getFirst();
		drafting.reviseLine(returned.getId(), returned.getVersion(), "Thành tích đã bổ sung số liệu năm 2025.", null,
				proposer());
		Proposal resubmitted = drafting.submit(proposal.getId(), version(proposal), proposer());

		assertThat(resubmitted.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
		assertThat(fixture.lines(proposal).getFirst().getOfficeComment()).contains("Bổ sung");
		assertThat(events(proposal, ProposalStatus.RETURNED)).isEqualTo(1);
		assertThat(queries.page(proposal.getId(), proposer()).events()).extracting(ProposalEvent::getStatus)
			.containsExactly(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.IN_APPRAISAL,
					ProposalStatus.RETURNED, ProposalStatus.SUBMITTED);
	}

	@Test
	void nobodyAppraisesOrDecidesAProposalTheySubmitted() {
		CurrentUser both = new CurrentUser(users.current(ProposalFixture.CHAIR).accountId(), ProposalFixture.CHAIR,
				"Phạm Minh Đức", fixture.province(), Set.of(Role.OFFICER, Role.BOARD_CHAIR));
		long person = fixture.eligible(unique("Tô Văn Tự"));
		Proposal proposal = drafting.create(
				new NewProposal(unique("Tự trình"), ProposalFixture.YEAR, AwardKind.MERIT, fixture.province(), null),
				both);
		drafting.addPeople(proposal.getId(), 0, List.of(person), "BK_TINH", "Thành tích", both);
		drafting.attach(proposal.getId(), DocumentKind.COVER_LETTER, null, ProposalFixture.pdf("TT.pdf"), both);
		drafting.recordCouncil(proposal.getId(), version(proposal), 5, 5, 5, ProposalFixture.pdf("BB.pdf"), both);
		drafting.submit(proposal.getId(), version(proposal), both);

		assertThatThrownBy(() -> review.startAppraisal(proposal.getId(), version(proposal), both))
			.isInstanceOf(AccessDeniedException.class);
		review.startAppraisal(proposal.getId(), version(proposal), office());
		review.forwardToBoard(proposal.getId(), version(proposal), office());
		BoardSession session = fixture.session(fixture.current(proposal.getId()));
		for (var member : fixture.board()) {
			voting.vote(session.getId(), fixture.ballots(proposal, Ballot.AGREE), true,
					users.current(member.username()));
		}
		voting.close(session.getId(), session.getVersion(), false, office());
		Map<Long, LineDecision> approve = Map.of(fixture.lines(proposal).getFirst().getId(), LineDecision.APPROVED);

		assertThatThrownBy(() -> decisions.decide(proposal.getId(), version(proposal), approve, null,
				users.current(ProposalFixture.CHAIR)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(fixture.current(proposal.getId()).getStatus()).isEqualTo(ProposalStatus.VOTED);
	}

	@Test
	void theChairDecidesOnceAndOnlyApprovesWhatTheBoardCarried() {
		Proposal proposal = fixture.voted(unique("Chủ tịch"), List.of(fixture.eligible(unique("Lâm Văn Chọn"))));
		ProposalLine line = fixture.lines(proposal).getFirst();
		CurrentUser chair = users.current(ProposalFixture.CHAIR);

		assertThatThrownBy(() -> decisions.decide(proposal.getId(), version(proposal), Map.of(), null, chair))
			.hasFieldOrPropertyWithValue("messageKey", "decision.incomplete");
		assertThatThrownBy(() -> decisions.decide(proposal.getId(), version(proposal),
				Map.of(line.getId(), LineDecision.APPROVED), null, users.current("member.tv")))
			.isInstanceOf(AccessDeniedException.class);
		long version = version(proposal);
		decisions.decide(proposal.getId(), version, Map.of(line.getId(), LineDecision.APPROVED), "Đồng ý", chair);
		decisions.decide(proposal.getId(), version, Map.of(line.getId(), LineDecision.REJECTED), null, chair);

		assertThat(fixture.lines(proposal).getFirst().getDecision()).isEqualTo(LineDecision.APPROVED);
		assertThat(events(proposal, ProposalStatus.DECIDED)).isEqualTo(1);
	}

	@Test
	void aLineTheBoardDidNotCarryCannotBeApproved() {
		Proposal proposal = fixture.atBoard(unique("Không đạt"), List.of(fixture.eligible(unique("Hà Văn Trượt"))));
		BoardSession session = fixture.session(proposal);
		for (var member : fixture.board()) {
			voting.vote(session.getId(), fixture.ballots(proposal, Ballot.DISAGREE), true,
					users.current(member.username()));
		}
		voting.close(session.getId(), session.getVersion(), false, office());
		ProposalLine line = fixture.lines(proposal).getFirst();

		assertThat(line.getVotePassed()).isFalse();
		assertThat(line.getVoteDisagree()).isEqualTo(fixture.board().size());
		assertThatThrownBy(() -> decisions.decide(proposal.getId(), version(proposal),
				Map.of(line.getId(), LineDecision.APPROVED), null, users.current(ProposalFixture.CHAIR)))
			.hasFieldOrPropertyWithValue("messageKey", "line.notPassedVote");
	}

	@Test
	void theIssuedDecisionPricesEachLineAtTheBaseSalaryOfItsDate() {
		long person = fixture.person(unique("Ngô Thị Chiến Sĩ"));
		for (int year = 2023; year <= 2025; year++) {
			fixture.grassrootsFighter(person, year);
		}
		registry.recogniseInitiative(person, 2024, "Sổ tay điện tử một cửa", Influence.PROVINCE, office());

		Proposal proposal = fixture.issued("CSTD_TINH", unique("Chiến sĩ thi đua tỉnh"),
				"T" + System.nanoTime() + "/QĐ-UBND", List.of(person));

		ProposalLine line = fixture.lines(proposal).getFirst();
		assertThat(line.getVotePassed()).as("every member agreed: 100 %% ≥ 90 %%").isTrue();
		assertThat(line.getCashAmount()).isEqualByComparingTo("7020000");
	}

	@Test
	void awardingWritesTheRegistryOnceAndARevocationKeepsTheRecord() {
		long person = fixture.eligible(unique("Dương Thị Khen"));
		String number = "T" + System.nanoTime() + "/QĐ-UBND";
		Proposal proposal = fixture.awarded(unique("Ghi sổ"), number, List.of(person));

		assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.AWARDED);
		assertThat(awards(number)).isEqualTo(1);
		Proposal again = decisions.award(proposal.getId(), proposal.getVersion(), ProposalFixture.pdf("lai.pdf"),
				office());
		assertThat(again.getStatus()).isEqualTo(ProposalStatus.AWARDED);
		assertThat(awards(number)).isEqualTo(1);
		assertThat(jdbc.sql("select subject_name from award_record where decision_number = ?")
			.param(number)
			.query(String.class)
			.single()).startsWith("Dương Thị Khen");

		ProposalLine line = fixture.lines(proposal).getFirst();
		assertThat(queries.page(proposal.getId(), proposer()).verdicts().get(line.getId()).outcome())
			.as("the line is not judged against the award it produced")
			.isEqualTo(LineOutcome.PASSED);
		decisions.revoke(line.getId(), "T-TH/QĐ-UBND", "Khai man thành tích", new BigDecimal("2340000"), office());
		assertThatThrownBy(() -> decisions.revoke(line.getId(), "T-TH2", "x", null, office()))
			.hasFieldOrPropertyWithValue("messageKey", "award.alreadyRevoked");
		assertThat(jdbc.sql("select revoked from award_record where decision_number = ?")
			.param(number)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(jdbc.sql("select revocation_cash from award_record where decision_number = ?")
			.param(number)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("2340000");
		assertThat(queries.page(proposal.getId(), proposer()).revokedLines()).containsExactly(line.getId());
	}

	@Test
	void aDecisionNumberIsUsedOnce() {
		String number = "T" + System.nanoTime() + "/QĐ-UBND";
		fixture.issued(unique("Số một"), number, List.of(fixture.eligible(unique("Kha Văn Một"))));
		Proposal second = fixture.decided(unique("Số hai"), List.of(fixture.eligible(unique("Kha Văn Hai"))));

		assertThatThrownBy(() -> decisions.issue(second.getId(), second.getVersion(), number, ProposalFixture.today(),
				"Lê Văn Hẳn", "Chủ tịch", users.current(ProposalFixture.CHAIR)))
			.hasFieldOrPropertyWithValue("messageKey", "decision.numberTaken");
	}

	/**
	 * The list, the decisions and the search read the proposals of the user's scope: the
	 * units of their subtree and of the subtree their unit inherited in a reorganisation,
	 * not a neighbour's.
	 */
	@Test
	void theListsReadTheProposalsOfTheScopeWithItsInheritedSubtree() {
		LocalDate from = LocalDate.of(2020, 1, 1);
		String prefix = tree.prefix();
		Unit province = tree.unit(tree.root(), prefix + "-P", "Tỉnh Phạm Vi " + prefix, UnitKind.PROVINCE, from);
		Unit commune = tree.unit(province.getId(), prefix + "-PX", "Xã Phạm Vi " + prefix, UnitKind.COMMUNE, from);
		Unit merged = tree.unit(tree.root(), prefix + "-M", "Tỉnh Sáp Nhập " + prefix, UnitKind.PROVINCE, from);
		Unit mergedCommune = tree.unit(merged.getId(), prefix + "-MX", "Xã Sáp Nhập " + prefix, UnitKind.COMMUNE, from);
		Unit neighbour = tree.unit(tree.root(), prefix + "-N", "Tỉnh Bên " + prefix, UnitKind.PROVINCE, from);
		Unit neighbourCommune = tree.unit(neighbour.getId(), prefix + "-NX", "Xã Bên " + prefix, UnitKind.COMMUNE,
				from);
		jdbc.sql("insert into unit_heritage (heir_id, path) values (?, ?)")
			.params(province.getId(), merged.getPath())
			.update();
		long own = scoped(commune, province, prefix + " own", "1/" + prefix);
		long inherited = scoped(mergedCommune, merged, prefix + " inherited", "2/" + prefix);
		scoped(neighbourCommune, neighbour, prefix + " neighbour", "3/" + prefix);
		CurrentUser officer = tree.user(province.getId(), Role.OFFICER);

		assertThat(queries.list(null, null, false, 0, officer)).extracting(ProposalRow::id)
			.containsExactly(inherited, own);
		assertThat(queries.decisions(0, 10, officer)).extracting(DecisionRow::proposalId)
			.containsExactly(inherited, own);
		assertThat(queries.search(prefix, 10, officer)).extracting(ProposalHit::id).containsExactly(inherited, own);
		assertThat(queries.searchDecisions(prefix, 10, officer)).extracting(ProposalHit::id)
			.containsExactly(inherited, own);
	}

	/**
	 * An issued proposal of a commune to its province, its title and decision number
	 * marked with the test's words.
	 */
	private long scoped(Unit proposing, Unit deciding, String title, String number) {
		long id = tree.submittedProposal(proposing.getId(), deciding.getId(), ProposalFixture.YEAR,
				LocalDate.of(2025, 6, 20));
		jdbc.sql("""
				update award_proposal set title = ?, status = 'ISSUED', decision_number = ?, decision_date = ?
				where id = ?""").params(title, number, LocalDate.of(2025, 7, 1), id).update();
		return id;
	}

	private int awards(String number) {
		return jdbc.sql("select count(*) from award_record where decision_number = ?")
			.param(number)
			.query(Integer.class)
			.single();
	}

	private long proposal(Proposal proposal) {
		return proposal.getId();
	}

	private long version(Proposal proposal) {
		return fixture.current(proposal.getId()).getVersion();
	}

	private int events(Proposal proposal, ProposalStatus status) {
		return jdbc.sql("select count(*) from proposal_event where proposal_id = ? and status = ?")
			.params(proposal.getId(), status.name())
			.query(Integer.class)
			.single();
	}

}
