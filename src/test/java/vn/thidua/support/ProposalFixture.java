package vn.thidua.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.thidua.account.AccountDirectory;
import vn.thidua.account.BoardMember;
import vn.thidua.award.AwardEntry;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardRegistry;
import vn.thidua.award.Rating;
import vn.thidua.proposal.Ballot;
import vn.thidua.proposal.BoardSession;
import vn.thidua.proposal.BoardVoting;
import vn.thidua.proposal.Decisions;
import vn.thidua.proposal.DocumentKind;
import vn.thidua.proposal.LineDecision;
import vn.thidua.proposal.NewProposal;
import vn.thidua.proposal.Proposal;
import vn.thidua.proposal.ProposalDrafting;
import vn.thidua.proposal.ProposalLine;
import vn.thidua.proposal.ProposalQueries;
import vn.thidua.proposal.ProposalReview;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;

/**
 * Xã Mỹ Hòa's proposals to Trà Vinh for the 2025 provincial certificate of merit, with
 * people of their own, driven through the workflow to the state a test needs. Needs an
 * officer's security context, as the registry checks the role.
 */
@Component
public class ProposalFixture {

	public static final String PROPOSER = "officer.tv-cn-mh";

	public static final String OFFICE = "officer.tv";

	public static final String CHAIR = "chair.tv";

	public static final int YEAR = 2025;

	public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

	private final AwardRegistry registry;

	private final ProposalDrafting drafting;

	private final ProposalReview review;

	private final BoardVoting voting;

	private final Decisions decisions;

	private final ProposalQueries queries;

	private final AccountDirectory directory;

	private final WorldUsers users;

	private final UnitCatalog units;

	ProposalFixture(AwardRegistry registry, ProposalDrafting drafting, ProposalReview review, BoardVoting voting,
			Decisions decisions, ProposalQueries queries, AccountDirectory directory, WorldUsers users,
			UnitCatalog units) {
		this.registry = registry;
		this.drafting = drafting;
		this.review = review;
		this.voting = voting;
		this.decisions = decisions;
		this.queries = queries;
		this.directory = directory;
		this.users = users;
		this.units = units;
	}

	public long myHoa() {
		return units.findActiveByCode("TV-CN-MH").orElseThrow().id();
	}

	public long province() {
		return units.findActiveByCode("TV").orElseThrow().id();
	}

	/**
	 * Today in Vietnam, as the application's clock reads it: the receipt date a proposal
	 * taken in today gets, so a session or decision of today is in order.
	 */
	public static LocalDate today() {
		return LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	/**
	 * A person of Mỹ Hòa who was Chiến sĩ thi đua cơ sở in 2024 and 2025: eligible for
	 * the provincial certificate of merit of 2025.
	 */
	public long eligible(String name) {
		long person = person(name);
		grassrootsFighter(person, 2024);
		grassrootsFighter(person, 2025);
		return person;
	}

	/**
	 * A person of Mỹ Hòa who was Chiến sĩ thi đua cơ sở in 2025 only.
	 */
	public long ineligible(String name) {
		long person = person(name);
		grassrootsFighter(person, 2025);
		return person;
	}

	public long person(String name) {
		signedInAfterMockMvc();
		CurrentUser officer = users.current(OFFICE);
		long person = registry.addPerson(name, LocalDate.of(1984, 5, 6), "MALE", "Công chức xã", myHoa(), officer)
			.getId();
		registry.rate(person, 2024, Rating.GOOD, officer);
		registry.rate(person, 2025, Rating.EXCELLENT, officer);
		return person;
	}

	public void grassrootsFighter(long person, int year) {
		registry.record(new AwardEntry(person, myHoa(), "CSTDCS", AwardKind.MERIT, year, "T-" + year + "/QĐ-UBND",
				LocalDate.of(year + 1, 1, 10), "Chủ tịch UBND xã", "UBND xã Mỹ Hòa", "Người thử", null,
				"UBND xã Mỹ Hòa"), users.current(OFFICE));
	}

	/**
	 * A draft for the provincial certificate of merit with these people, its cover letter
	 * and council minutes attached.
	 */
	public Proposal draft(String title, List<Long> people) {
		return draft("BK_TINH", title, people);
	}

	public Proposal draft(String awardType, String title, List<Long> people) {
		CurrentUser proposer = users.current(PROPOSER);
		Proposal proposal = drafting.create(new NewProposal(title, YEAR, AwardKind.MERIT, province(), null), proposer);
		drafting.addPeople(proposal.getId(), proposal.getVersion(), people, awardType,
				"Hoàn thành xuất sắc nhiệm vụ hai năm liền.", proposer);
		drafting.attach(proposal.getId(), DocumentKind.COVER_LETTER, null, pdf("To trinh.pdf"), proposer);
		drafting.recordCouncil(proposal.getId(), current(proposal.getId()).getVersion(), 7, 7, 6, pdf("Bien ban.pdf"),
				proposer);
		return current(proposal.getId());
	}

	public Proposal submitted(String title, List<Long> people) {
		return submitted("BK_TINH", title, people);
	}

	public Proposal submitted(String awardType, String title, List<Long> people) {
		Proposal proposal = draft(awardType, title, people);
		return drafting.submit(proposal.getId(), proposal.getVersion(), users.current(PROPOSER));
	}

	public Proposal atBoard(String title, List<Long> people) {
		return atBoard("BK_TINH", title, people);
	}

	public Proposal atBoard(String awardType, String title, List<Long> people) {
		Proposal proposal = submitted(awardType, title, people);
		CurrentUser office = users.current(OFFICE);
		proposal = review.startAppraisal(proposal.getId(), proposal.getVersion(), office);
		return review.forwardToBoard(proposal.getId(), current(proposal.getId()).getVersion(), office);
	}

	/**
	 * A session with the whole board present.
	 */
	public BoardSession session(Proposal proposal) {
		Set<Long> everyone = board().stream().map(BoardMember::id).collect(Collectors.toSet());
		return voting.open(proposal.getId(), current(proposal.getId()).getVersion(), today(), everyone,
				users.current(OFFICE));
	}

	public List<BoardMember> board() {
		return directory.board(province());
	}

	/**
	 * Every board member agrees to every line; the session is closed.
	 */
	public Proposal voted(String title, List<Long> people) {
		return voted("BK_TINH", title, people);
	}

	public Proposal voted(String awardType, String title, List<Long> people) {
		Proposal proposal = atBoard(awardType, title, people);
		BoardSession session = session(proposal);
		for (BoardMember member : board()) {
			voting.vote(session.getId(), ballots(proposal, Ballot.AGREE), true, users.current(member.username()));
		}
		voting.close(session.getId(), session.getVersion(), false, users.current(OFFICE));
		return current(proposal.getId());
	}

	public Proposal decided(String title, List<Long> people) {
		return decided("BK_TINH", title, people);
	}

	public Proposal decided(String awardType, String title, List<Long> people) {
		Proposal proposal = voted(awardType, title, people);
		Map<Long, LineDecision> approved = lines(proposal).stream()
			.collect(Collectors.toMap(ProposalLine::getId, line -> LineDecision.APPROVED));
		return decisions.decide(proposal.getId(), proposal.getVersion(), approved, null, users.current(CHAIR));
	}

	public Proposal issued(String title, String number, List<Long> people) {
		return issued("BK_TINH", title, number, people);
	}

	public Proposal issued(String awardType, String title, String number, List<Long> people) {
		Proposal proposal = decided(awardType, title, people);
		return decisions.issue(proposal.getId(), proposal.getVersion(), number, today(), "Lê Văn Hẳn",
				"Chủ tịch UBND tỉnh Trà Vinh", users.current(CHAIR));
	}

	public Proposal awarded(String title, String number, List<Long> people) {
		Proposal proposal = issued(title, number, people);
		return decisions.award(proposal.getId(), proposal.getVersion(), pdf("QD da ky.pdf"), users.current(OFFICE));
	}

	public Map<Long, Ballot> ballots(Proposal proposal, Ballot ballot) {
		return lines(proposal).stream().collect(Collectors.toMap(ProposalLine::getId, line -> ballot));
	}

	public List<ProposalLine> lines(Proposal proposal) {
		signedInAfterMockMvc();
		return queries.page(proposal.getId(), users.current(OFFICE)).lines();
	}

	public Map<Long, ProposalLine> linesByPerson(Proposal proposal) {
		return lines(proposal).stream().collect(Collectors.toMap(ProposalLine::getPersonId, Function.identity()));
	}

	public Proposal current(long id) {
		signedInAfterMockMvc();
		return queries.page(id, users.current(OFFICE)).proposal();
	}

	/**
	 * MockMvc's user() clears the test's security context after its request; the
	 * fixture's reads need one again.
	 */
	private void signedInAfterMockMvc() {
		if (SecurityContextHolder.getContext().getAuthentication() == null) {
			var principal = users.principal(OFFICE);
			TestSecurityContextHolder.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		}
	}

	public static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("file", name, "application/pdf", PDF);
	}

	public static String unique(String prefix) {
		return prefix + " " + Long.toString(System.nanoTime(), 36);
	}

}
