package vn.thidua.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.TestSecurityContextHolder;

import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardKind;
import vn.thidua.award.RuleResult;
import vn.thidua.award.UpperAuthority;
import vn.thidua.proposal.AuthorityWorld.Tree;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.StaleEditException;
import vn.thidua.support.IntegrationTest;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proposals respect who may decide what: a line the deciding unit's head may not decide
 * is refused; an award of the Prime Minister goes upward through the province's board and
 * its chair's cover letter to the recorded upper decision, which alone writes the
 * registry. Each test builds its own tree.
 */
@IntegrationTest
class ProposalAuthorityTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	AuthorityWorld world;

	@Autowired
	ProposalDrafting drafting;

	@Autowired
	Decisions decisions;

	@Autowired
	AwardCatalog catalog;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestSecurityContextHolder.clearContext();
	}

	@Test
	void aLineNeedingAHigherAuthorityIsRefusedWithTheReasonAndItsSource() {
		Tree tree = world.build();
		long person = world.goodWorker(tree, "Lê Thị Hoa");
		var proposer = world.as(tree.communeOfficer());
		Proposal own = drafting
			.create(new NewProposal("Khen thưởng của xã", 2025, AwardKind.MERIT, tree.commune(), null), proposer);

		assertThatThrownBy(() -> drafting.addPeople(own.getId(), own.getVersion(), List.of(person), "BK_TINH",
				"Thành tích.", proposer))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("authority.refusedLine");
				assertThat(messages.getMessage(refused.messageKey(), refused.args(), VI))
					.startsWith("Chủ tịch UBND cấp xã không có thẩm quyền quyết định tặng Bằng khen")
					.contains("thẩm quyền thuộc Chủ tịch UBND cấp tỉnh")
					.contains("Luật Thi đua, khen thưởng 2022, Điều 79");
			});
		assertThat(world.lines(tree, world.current(tree, own.getId()))).isEmpty();

		// what the commune chair decides since 01/07/2025 is taken, with the source shown
		drafting.addPeople(own.getId(), world.current(tree, own.getId()).getVersion(), List.of(person), "CSTDCS",
				"Thành tích.", proposer);
		ProposalPage page = world.page(tree, own.getId());
		RuleResult authority = page.verdicts()
			.get(page.lines().getFirst().getId())
			.eligibility()
			.results()
			.stream()
			.filter(result -> result.ruleCode().equals(ProposalAuthority.RULE))
			.findFirst()
			.orElseThrow();
		assertThat(authority.passed()).isTrue();
		assertThat(authority.legalSource()).contains("Nghị định 129/2025/NĐ-CP");
	}

	@Test
	void theAwardsOfThePrimeMinisterAndOfTheProvinceDoNotMixInOneProposal() {
		Tree tree = world.build();
		long ready = world.primeMinisterReady(tree, "Trần Văn Dũng");
		Proposal proposal = world.draft(tree, tree.province(), "BK_TTG", List.of(ready));

		assertThatThrownBy(() -> drafting.addPeople(proposal.getId(), proposal.getVersion(), List.of(ready), "BK_TINH",
				"Thành tích.", world.as(tree.communeOfficer())))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("authority.mixedLine"));
	}

	@Test
	void noProposalIsAddressedToADistrictAfterTheFirstOfJuly2025() {
		Tree tree = world.build();
		assertThatThrownBy(
				() -> drafting.create(new NewProposal("Gửi huyện", 2025, AwardKind.MERIT, tree.district(), null),
						world.as(tree.oldCommuneOfficer())))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("authority.decidesNothing");
				assertThat(messages.getMessage(refused.messageKey(), refused.args(), VI))
					.contains("Chủ tịch UBND cấp huyện không có thẩm quyền quyết định khen thưởng nào");
			});
	}

	@Test
	void theProvincialChairCannotApproveNorIssueThePrimeMinistersCertificate() {
		Tree tree = world.build();
		long ready = world.primeMinisterReady(tree, "Nguyễn Văn Tâm");
		Proposal voted = world.voted(tree, "BK_TTG", List.of(ready));
		assertThat(voted.getStatus()).isEqualTo(ProposalStatus.VOTED);
		assertThat(world.page(tree, voted.getId()).upperAuthority()).isEqualTo(UpperAuthority.PRIME_MINISTER);
		Map<Long, LineDecision> approve = Map.of(world.lines(tree, voted).getFirst().getId(), LineDecision.APPROVED);

		assertThatThrownBy(
				() -> decisions.decide(voted.getId(), voted.getVersion(), approve, null, world.as(tree.chair())))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("authority.upward.notDecidedHere");
				assertThat(messages.getMessage(refused.messageKey(), refused.args(), VI))
					.startsWith("Bằng khen của Thủ tướng Chính phủ thuộc thẩm quyền của Thủ tướng Chính phủ")
					.contains("Điều 78");
			});
		assertThatThrownBy(() -> decisions.issue(voted.getId(), voted.getVersion(), "01/QĐ-UBND",
				vn.thidua.support.ProposalFixture.today(), "Chủ tịch", "Chủ tịch UBND tỉnh", world.as(tree.chair())))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThat(world.current(tree, voted.getId()).getStatus()).isEqualTo(ProposalStatus.VOTED);
		assertThat(registryCount(ready)).isZero();
	}

	@Test
	void anUpwardProposalGoesThroughTheBoardAndTheChairsLetterToTheRecordedDecisionWhichWritesTheRegistry() {
		Tree tree = world.build();
		long ready = world.primeMinisterReady(tree, "Thạch Thị Sa");
		long other = world.primeMinisterReady(tree, "Kim Văn Thành");
		Proposal voted = world.voted(tree, "BK_TTG", List.of(ready, other));
		List<ProposalLine> lines = world.lines(tree, voted)
			.stream()
			.sorted(java.util.Comparator.comparing(line -> line.getPersonId() == ready ? 0 : 1))
			.toList();
		Map<Long, LineDecision> forward = Map.of(lines.get(0).getId(), LineDecision.APPROVED, lines.get(1).getId(),
				LineDecision.APPROVED);
		LocalDate letterDate = voted.getReceivedOn();

		Proposal forwarded = decisions.forwardUpward(voted.getId(), voted.getVersion(), "45/TTr-UBND", letterDate,
				"Lê Văn Hẳn", forward, null, world.as(tree.chair()));
		assertThat(forwarded.getStatus()).isEqualTo(ProposalStatus.FORWARDED);
		assertThat(forwarded.getUpperAuthority()).isEqualTo(UpperAuthority.PRIME_MINISTER);
		assertThat(forwarded.getLetterNumber()).isEqualTo("45/TTr-UBND");
		assertThat(registryCount(ready) + registryCount(other)).as("a letter writes nothing").isZero();
		// a replayed letter changes nothing; a stale form for the next step is refused
		assertThat(decisions
			.forwardUpward(voted.getId(), voted.getVersion(), "45/TTr-UBND", letterDate, "Lê Văn Hẳn", forward, null,
					world.as(tree.chair()))
			.getVersion()).isEqualTo(forwarded.getVersion());
		assertThatThrownBy(() -> decisions.recordUpperDecision(voted.getId(), voted.getVersion(), "88/QĐ-TTg",
				letterDate, "Phó Thủ tướng", Set.of(lines.get(0).getId()), AuthorityWorld.pdf("QD TTg.pdf"),
				world.as(tree.provinceOfficer())))
			.isInstanceOf(StaleEditException.class);
		// the chair does not record the upper decision; the office does
		assertThatThrownBy(() -> decisions.recordUpperDecision(voted.getId(), forwarded.getVersion(), "88/QĐ-TTg",
				letterDate, "Phó Thủ tướng", Set.of(lines.get(0).getId()), AuthorityWorld.pdf("QD TTg.pdf"),
				world.as(tree.chair())))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

		Proposal awarded = decisions.recordUpperDecision(voted.getId(), forwarded.getVersion(), "88/QĐ-TTg", letterDate,
				"Phó Thủ tướng Chính phủ", Set.of(lines.get(0).getId()), AuthorityWorld.pdf("QD TTg.pdf"),
				world.as(tree.provinceOfficer()));

		assertThat(awarded.getStatus()).isEqualTo(ProposalStatus.AWARDED);
		assertThat(awarded.getDecisionNumber()).isEqualTo("88/QĐ-TTg");
		assertThat(awarded.getDecisionAuthority()).isEqualTo("Thủ tướng Chính phủ");
		assertThat(awarded.getSignedAttachmentId()).isNotNull();
		assertThat(registryCount(ready)).isOne();
		assertThat(registryCount(other)).as("a line the upper decision did not approve").isZero();
		Map<Long, ProposalLine> after = world.lines(tree, awarded)
			.stream()
			.collect(java.util.stream.Collectors.toMap(ProposalLine::getPersonId, line -> line));
		assertThat(after.get(other).getDecision()).isEqualTo(LineDecision.REJECTED);
		assertThat(after.get(ready).getCashAmount()).isEqualByComparingTo(catalog.rounding(letterDate)
			.orElseThrow()
			.apply(catalog.baseSalary(letterDate).multiply(new BigDecimal("3.5"))));
		assertThat(jdbc.sql("select level from award_record where person_id = ? and award_type_code = 'BK_TTG'")
			.param(ready)
			.query(String.class)
			.single()).isEqualTo("GOVERNMENT");
		assertThat(world.page(tree, awarded.getId()).events()).extracting(ProposalEvent::getStatus)
			.containsSubsequence(ProposalStatus.VOTING, ProposalStatus.VOTED, ProposalStatus.FORWARDED,
					ProposalStatus.AWARDED);
	}

	@Test
	void theCommuneChairsGiayKhenIsPricedByTheDecreeInForceOnTheDecisionDate() {
		Tree tree = world.build();
		long person = world.goodWorker(tree, "Võ Văn Tám");
		Proposal voted = world.voted(tree, tree.commune(), tree.communeBoard(), "GK", List.of(person));
		Map<Long, LineDecision> approve = Map.of(world.lines(tree, voted).getFirst().getId(), LineDecision.APPROVED);
		Proposal decided = decisions.decide(voted.getId(), voted.getVersion(), approve, null,
				world.as(tree.communeChair()));
		LocalDate today = decided.getReceivedOn();

		Proposal issued = decisions.issue(decided.getId(), decided.getVersion(), "12/QĐ-UBND", today, "Chủ tịch xã",
				"Chủ tịch UBND xã", world.as(tree.communeChair()));

		// Nghị định 152/2025/NĐ-CP: 0,3 × lương cơ sở, where Nghị định 98/2023/NĐ-CP gave
		// the commune chair's 0,15
		assertThat(world.lines(tree, issued).getFirst().getCashAmount()).isEqualByComparingTo(
				catalog.rounding(today).orElseThrow().apply(catalog.baseSalary(today).multiply(new BigDecimal("0.3"))));
		assertThat(catalog.cash(catalog.type("GK"), UnitKind.COMMUNE, LocalDate.of(2025, 6, 30)))
			.isEqualByComparingTo("360000");
	}

	private long registryCount(long person) {
		return jdbc.sql("select count(*) from award_record where person_id = ? and award_type_code = 'BK_TTG'")
			.param(person)
			.query(Long.class)
			.single();
	}

}
