package vn.thidua.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.thidua.account.AccountDirectory;
import vn.thidua.award.AwardEntry;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardQueries;
import vn.thidua.award.PersonRow;
import vn.thidua.award.AwardRegistry;
import vn.thidua.award.Person;
import vn.thidua.award.Rating;
import vn.thidua.proposal.Ballot;
import vn.thidua.proposal.BoardSession;
import vn.thidua.proposal.BoardVoting;
import vn.thidua.proposal.CertificateLayoutAdministration;
import vn.thidua.proposal.DocumentKind;
import vn.thidua.proposal.NewProposal;
import vn.thidua.proposal.Proposal;
import vn.thidua.proposal.ProposalDrafting;
import vn.thidua.proposal.ProposalLine;
import vn.thidua.proposal.ProposalQueries;
import vn.thidua.proposal.ProposalReview;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * Xã Cầu Ngang's (formerly Mỹ Hòa's) draft proposal to the new province for the 2025
 * certificates of merit: Kim Văn Thành qualifies, Sơn Thị Kim Loan has only one year as
 * Chiến sĩ thi đua cơ sở, so the engine blocks her line and says why. Two more of its
 * proposals are further on: one before the province's board, whose members have yet to
 * vote, and one the board carried, waiting for the chair's decision.
 */
@Component
class DemoProposals {

	private static final Logger log = LoggerFactory.getLogger(DemoProposals.class);

	private final AwardRegistry registry;

	private final AwardQueries people;

	private final ProposalDrafting drafting;

	private final ProposalReview review;

	private final BoardVoting voting;

	private final ProposalQueries queries;

	private final AccountDirectory directory;

	private final Clock clock;

	private final CertificateLayoutAdministration layouts;

	DemoProposals(AwardRegistry registry, AwardQueries people, ProposalDrafting drafting, ProposalReview review,
			BoardVoting voting, ProposalQueries queries, AccountDirectory directory, Clock clock,
			CertificateLayoutAdministration layouts) {
		this.layouts = layouts;
		this.registry = registry;
		this.people = people;
		this.drafting = drafting;
		this.review = review;
		this.voting = voting;
		this.queries = queries;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * The people of Mỹ Hòa whom the proposals name, with their history up to the 2025
	 * reorganisation; they move to xã Cầu Ngang with it.
	 */
	Map<String, Long> seedPeople(Map<String, Long> units, CurrentUser system) {
		long myHoa = units.get("TV-CN-MH");
		Person loan = registry.addPerson("Sơn Thị Kim Loan", LocalDate.of(1988, 4, 9), "FEMALE",
				"Công chức Văn hóa – Xã hội", myHoa, system);
		registry.rate(loan.getId(), 2024, Rating.EXCELLENT, system);
		registry.record(new AwardEntry(loan.getId(), myHoa, "CSTDCS", AwardKind.MERIT, 2024, "11/QĐ-UBND",
				LocalDate.of(2025, 1, 15), "Chủ tịch UBND huyện Cầu Ngang", "UBND huyện Cầu Ngang", loan.getFullName(),
				null, "UBND huyện Cầu Ngang"), system);
		return Map.of("loan", loan.getId(), "hung",
				grassrootsFighter(myHoa, "Thạch Văn Hùng", "Trưởng Công an xã", "MALE", system), "sen",
				grassrootsFighter(myHoa, "Lý Thị Sen", "Công chức Địa chính – Xây dựng", "FEMALE", system));
	}

	/**
	 * Xã Cầu Ngang's proposals to the new province for the 2025 certificates of merit.
	 */
	void seed(Map<String, Long> units, Map<String, Long> people, CurrentUser system) {
		long caungang = units.get("VL-CAUNGANG");
		registry.rate(people.get("loan"), 2025, Rating.GOOD, system);
		for (String fighter : List.of("hung", "sen")) {
			PersonRow person = this.people.people(List.of(people.get(fighter))).getFirst();
			registry.rate(person.id(), 2025, Rating.EXCELLENT, system);
			registry.record(new AwardEntry(person.id(), caungang, "CSTDCS", AwardKind.MERIT, 2025, "05/QĐ-UBND",
					LocalDate.of(2026, 1, 12), "Chủ tịch UBND xã Cầu Ngang", "UBND xã Cầu Ngang", person.fullName(),
					null, "UBND xã Cầu Ngang"), system);
		}
		long thanh = this.people.people(caungang, "Kim Văn Thành", 0).getFirst().id();
		CurrentUser officer = new CurrentUser(0, "canbo.caungang", "Lâm Thị Thanh Tuyền", caungang,
				Set.of(Role.OFFICER));
		Proposal proposal = drafting.create(new NewProposal("Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen năm 2025", 2025,
				AwardKind.MERIT, units.get("VL"), null), officer);
		drafting.addPeople(proposal.getId(), proposal.getVersion(), List.of(thanh, people.get("loan")), "BK_TINH",
				"Hai năm liên tục hoàn thành xuất sắc nhiệm vụ, tích cực trong phong trào xây dựng nông thôn mới nâng cao.",
				officer);
		CurrentUser office = new CurrentUser(0, "canbo.vinhlong", "Nguyễn Thị Thu Hà", units.get("VL"),
				Set.of(Role.OFFICER));
		Proposal atBoard = sent(units, officer, office,
				"Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho cá nhân xã Cầu Ngang năm 2025", people.get("hung"));
		BoardSession session = voting.open(atBoard.getId(), atBoard.getVersion(), LocalDate.now(clock),
				board(units).stream().map(CurrentUser::accountId).collect(Collectors.toSet()), office);
		Proposal carried = sent(units, officer, office,
				"Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho công chức xã Cầu Ngang", people.get("sen"));
		BoardSession vote = voting.open(carried.getId(), carried.getVersion(), LocalDate.now(clock),
				board(units).stream().map(CurrentUser::accountId).collect(Collectors.toSet()), office);
		Map<Long, Ballot> agree = queries.page(carried.getId(), office)
			.lines()
			.stream()
			.collect(Collectors.toMap(ProposalLine::getId, line -> Ballot.AGREE));
		board(units).forEach(member -> voting.vote(vote.getId(), agree, true, member));
		voting.close(vote.getId(), vote.getVersion(), false, office);
		log.debug("Proposal {} waits for the board's ballots in session {}", atBoard.getId(), session.getId());
		// the province prints its Bằng khen onto the blanks it buys, from the starting
		// layout
		layouts.saveStarting("BK_TINH", office);
	}

	/**
	 * A person of the commune who was Chiến sĩ thi đua cơ sở in 2024, decided by the
	 * district before it was abolished.
	 */
	private long grassrootsFighter(long commune, String name, String position, String gender, CurrentUser system) {
		Person person = registry.addPerson(name, LocalDate.of(1983, 6, 21), gender, position, commune, system);
		registry.rate(person.getId(), 2024, Rating.EXCELLENT, system);
		registry.record(new AwardEntry(person.getId(), commune, "CSTDCS", AwardKind.MERIT, 2024, "09/QĐ-UBND",
				LocalDate.of(2025, 1, 10), "Chủ tịch UBND huyện Cầu Ngang", "UBND huyện Cầu Ngang", name, null,
				"UBND huyện Cầu Ngang"), system);
		return person.getId();
	}

	/**
	 * A proposal with its cover letter and council minutes, submitted, appraised by the
	 * province's office and sent to its board.
	 */
	private Proposal sent(Map<String, Long> units, CurrentUser officer, CurrentUser office, String title, long person) {
		Proposal proposal = drafting.create(new NewProposal(title, 2025, AwardKind.MERIT, units.get("VL"), null),
				officer);
		drafting.addPeople(proposal.getId(), proposal.getVersion(), List.of(person), "BK_TINH",
				"Hai năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở, có sáng kiến được công nhận cấp xã.", officer);
		drafting.attach(proposal.getId(), DocumentKind.COVER_LETTER, null, new DemoFile("To trinh.pdf"), officer);
		drafting.recordCouncil(proposal.getId(), version(proposal, office), 7, 7, 7, new DemoFile("Bien ban hop.pdf"),
				officer);
		drafting.submit(proposal.getId(), version(proposal, office), officer);
		review.startAppraisal(proposal.getId(), version(proposal, office), office);
		return review.forwardToBoard(proposal.getId(), version(proposal, office), office);
	}

	private long version(Proposal proposal, CurrentUser office) {
		return queries.header(proposal.getId(), office).proposal().getVersion();
	}

	private List<CurrentUser> board(Map<String, Long> units) {
		return directory.board(units.get("VL"))
			.stream()
			.map(member -> new CurrentUser(member.id(), member.username(), member.fullName(), member.unitId(),
					Set.of(member.chair() ? Role.BOARD_CHAIR : Role.BOARD_MEMBER)))
			.toList();
	}

}
