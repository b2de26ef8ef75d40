package vn.thidua.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.thidua.account.AccountDetails;
import vn.thidua.account.AccountManagement;
import vn.thidua.award.AwardEntry;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardRegistry;
import vn.thidua.award.Rating;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.support.SignedIn;
import vn.thidua.support.ProposalFixture;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

/**
 * A tree of its own for each test — a country, a province with its department and one
 * commune, their officers, the province's board and its chair — built through the
 * services with unique codes, and the steps of a proposal through it.
 */
@Component
class AuthorityWorld {

	static final String PASSWORD = "Authority@2026-Test";

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

	private final UnitManagement units;

	private final AccountManagement accounts;

	private final UserDetailsService users;

	private final AwardRegistry registry;

	private final ProposalDrafting drafting;

	private final ProposalReview review;

	private final BoardVoting voting;

	private final ProposalQueries queries;

	AuthorityWorld(UnitManagement units, AccountManagement accounts, UserDetailsService users, AwardRegistry registry,
			ProposalDrafting drafting, ProposalReview review, BoardVoting voting, ProposalQueries queries) {
		this.units = units;
		this.accounts = accounts;
		this.users = users;
		this.registry = registry;
		this.drafting = drafting;
		this.review = review;
		this.voting = voting;
		this.queries = queries;
	}

	record Tree(String key, long country, long province, long department, long commune, long district,
			long oldCommune) {

		String user(String role) {
			return (role + "." + key).toLowerCase(Locale.ROOT);
		}

		String communeOfficer() {
			return user("canbo.xa");
		}

		String provinceOfficer() {
			return user("canbo.tinh");
		}

		String chair() {
			return user("chutich.tinh");
		}

		List<String> board() {
			return List.of(chair(), user("hoidong.a"), user("hoidong.b"));
		}

		String communeChair() {
			return user("chutich.xa");
		}

		List<String> communeBoard() {
			return List.of(communeChair(), user("hoidong.xa"));
		}

		String oldCommuneOfficer() {
			return user("canbo.xacu");
		}

	}

	Tree build() {
		String key = "AU" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		LocalDate from = LocalDate.of(2020, 1, 1);
		long country = units.createRoot(new UnitDetails(key, "Cả nước " + key, UnitKind.NATIONAL, from)).getId();
		CurrentUser setup = new CurrentUser(0, "setup." + key.toLowerCase(Locale.ROOT), "Thiết lập", country,
				Set.of(Role.ADMIN, Role.OFFICER));
		signIn(setup);
		long province = units
			.create(country, new UnitDetails(key + "-T", "Tỉnh " + key, UnitKind.PROVINCE, from), setup)
			.getId();
		long department = units
			.create(province, new UnitDetails(key + "-T-SNV", "Sở Nội vụ " + key, UnitKind.DEPARTMENT, from), setup)
			.getId();
		long commune = units.create(province, new UnitDetails(key + "-T-X", "Xã " + key, UnitKind.COMMUNE, from), setup)
			.getId();
		long district = units
			.create(province, new UnitDetails(key + "-T-H", "Huyện " + key, UnitKind.DISTRICT, from), setup)
			.getId();
		long oldCommune = units
			.create(district, new UnitDetails(key + "-T-H-X", "Xã cũ " + key, UnitKind.COMMUNE, from), setup)
			.getId();
		Tree tree = new Tree(key, country, province, department, commune, district, oldCommune);
		account(tree.communeChair(), "Chủ tịch xã", key + "-T-X", Role.BOARD_CHAIR, setup);
		account(tree.user("hoidong.xa"), "Thành viên xã", key + "-T-X", Role.BOARD_MEMBER, setup);
		account(tree.oldCommuneOfficer(), "Cán bộ xã cũ", key + "-T-H-X", Role.OFFICER, setup);
		account(tree.communeOfficer(), "Cán bộ xã", key + "-T-X", Role.OFFICER, setup);
		account(tree.provinceOfficer(), "Cán bộ tỉnh", key + "-T", Role.OFFICER, setup);
		account(tree.chair(), "Chủ tịch tỉnh", key + "-T", Role.BOARD_CHAIR, setup);
		account(tree.user("hoidong.a"), "Thành viên A", key + "-T", Role.BOARD_MEMBER, setup);
		account(tree.user("hoidong.b"), "Thành viên B", key + "-T-SNV", Role.BOARD_MEMBER, setup);
		return tree;
	}

	private void account(String username, String name, String unitCode, Role role, CurrentUser setup) {
		accounts.create(username, PASSWORD,
				new AccountDetails(name + " " + username, null, unitCode, Set.of(role), true), false, setup);
	}

	/**
	 * The account as signed in, with the security context set to it.
	 */
	CurrentUser as(String username) {
		SignedInUser principal = (SignedInUser) users.loadUserByUsername(username);
		TestSecurityContextHolder.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		return principal.currentUser();
	}

	private static void signIn(CurrentUser user) {
		SignedIn.signIn(user);
	}

	/**
	 * A person of the commune ready for the Prime Minister's certificate of 2025: the
	 * provincial certificate in 2019, then every year rated good and three years Chiến sĩ
	 * thi đua cơ sở.
	 */
	long primeMinisterReady(Tree tree, String name) {
		CurrentUser officer = as(tree.provinceOfficer());
		long person = registry
			.addPerson(name + " " + tree.key(), LocalDate.of(1980, 2, 3), "FEMALE", "Công chức xã", tree.commune(),
					officer)
			.getId();
		award(tree, person, "BK_TINH", 2019, officer);
		for (int year = 2020; year <= 2025; year++) {
			registry.rate(person, year, Rating.GOOD, officer);
		}
		for (int year : List.of(2021, 2023, 2025)) {
			award(tree, person, "CSTDCS", year, officer);
		}
		return person;
	}

	/**
	 * A person of the commune rated good in 2025.
	 */
	long goodWorker(Tree tree, String name) {
		CurrentUser officer = as(tree.provinceOfficer());
		long person = registry
			.addPerson(name + " " + tree.key(), LocalDate.of(1990, 4, 5), "MALE", "Công chức xã", tree.commune(),
					officer)
			.getId();
		registry.rate(person, 2025, Rating.GOOD, officer);
		return person;
	}

	private void award(Tree tree, long person, String type, int year, CurrentUser officer) {
		registry.record(new AwardEntry(person, tree.commune(), type, AwardKind.MERIT, year, year + "/QĐ-" + tree.key(),
				LocalDate.of(year, 12, 20), "Người ký", "UBND " + tree.key(), "Người thử", null, "UBND " + tree.key()),
				officer);
	}

	/**
	 * The commune's draft to the deciding unit with these people for the award, its cover
	 * letter and council minutes attached.
	 */
	Proposal draft(Tree tree, long decidingUnit, String awardType, List<Long> people) {
		CurrentUser proposer = as(tree.communeOfficer());
		Proposal proposal = drafting.create(
				new NewProposal("Đề nghị khen thưởng " + tree.key(), 2025, AwardKind.MERIT, decidingUnit, null),
				proposer);
		drafting.addPeople(proposal.getId(), proposal.getVersion(), people, awardType, "Thành tích xuất sắc.",
				proposer);
		drafting.attach(proposal.getId(), DocumentKind.COVER_LETTER, null, pdf("To trinh.pdf"), proposer);
		drafting.recordCouncil(proposal.getId(), current(tree, proposal.getId()).getVersion(), 7, 7, 7,
				pdf("Bien ban.pdf"), proposer);
		return current(tree, proposal.getId());
	}

	/**
	 * Submitted, appraised, sent to the province's board, every member agreeing, the
	 * session closed.
	 */
	Proposal voted(Tree tree, String awardType, List<Long> people) {
		return voted(tree, tree.province(), tree.board(), awardType, people);
	}

	Proposal voted(Tree tree, long decidingUnit, List<String> board, String awardType, List<Long> people) {
		Proposal proposal = draft(tree, decidingUnit, awardType, people);
		proposal = drafting.submit(proposal.getId(), proposal.getVersion(), as(tree.communeOfficer()));
		CurrentUser office = as(tree.provinceOfficer());
		proposal = review.startAppraisal(proposal.getId(), proposal.getVersion(), office);
		proposal = review.forwardToBoard(proposal.getId(), current(tree, proposal.getId()).getVersion(), office);
		Set<Long> everyone = board.stream().map(name -> as(name).accountId()).collect(Collectors.toSet());
		BoardSession session = voting.open(proposal.getId(), current(tree, proposal.getId()).getVersion(),
				ProposalFixture.today(), everyone, as(tree.provinceOfficer()));
		Map<Long, Ballot> agree = lines(tree, proposal).stream()
			.collect(Collectors.toMap(ProposalLine::getId, line -> Ballot.AGREE));
		for (String member : board) {
			voting.vote(session.getId(), agree, true, as(member));
		}
		voting.close(session.getId(), session.getVersion(), false, as(tree.provinceOfficer()));
		return current(tree, proposal.getId());
	}

	ProposalPage page(Tree tree, long id) {
		return queries.page(id, as(tree.provinceOfficer()));
	}

	Proposal current(Tree tree, long id) {
		return page(tree, id).proposal();
	}

	List<ProposalLine> lines(Tree tree, Proposal proposal) {
		return page(tree, proposal.getId()).lines();
	}

	static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("file", name, "application/pdf", PDF);
	}

}
