package vn.thidua.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.Role;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a quota counts, on a tree of this test's own: the registry's titles of the year of
 * the unit's subtree, not revoked, plus the lines of the unit's proposals already sent
 * and of the one at hand, neither drafts nor rejected lines, and a line already written
 * into the registry only once.
 */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class QuotaCountingTests {

	private static final int YEAR = 2030;

	private static final Locale VI = Locale.of("vi");

	@Autowired
	Clock clock;

	@Autowired
	TreeFixture tree;

	@Autowired
	Quotas quotas;

	@Autowired
	QuotaAdministration administration;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	long province;

	long commune;

	long hamlet;

	long neighbour;

	String prefix;

	@BeforeEach
	void tree() {
		prefix = tree.prefix();
		LocalDate from = LocalDate.of(2000, 1, 1);
		province = tree.unit(tree.root(), prefix + "-P", "Tỉnh " + prefix, UnitKind.PROVINCE, from).getId();
		commune = tree.unit(province, prefix + "-X", "Xã Một " + prefix, UnitKind.COMMUNE, from).getId();
		hamlet = tree.unit(commune, prefix + "-X-T", "Trường Một " + prefix, UnitKind.OTHER, from).getId();
		neighbour = tree.unit(province, prefix + "-Y", "Xã Hai " + prefix, UnitKind.COMMUNE, from).getId();
		quota(province, "CSTDCS", "LDTT", "0.15", "FLOOR", "BLOCK");
	}

	@Test
	void theBaseCountsTheRegistryAndTheProposalsOnceEach() {
		List<Long> records = new java.util.ArrayList<>();
		for (int i = 0; i < 7; i++) {
			records.add(award(commune, "LDTT"));
		}
		records.add(award(hamlet, "LDTT"));
		long revoked = award(commune, "LDTT");
		jdbc.sql("update award_record set revoked = true, revocation_decision = 'QĐ-HUY' where id = ?")
			.param(revoked)
			.update();
		award(neighbour, "LDTT");
		award(commune, "LDTT", YEAR - 1);

		long sent = tree.submittedProposal(commune, commune, YEAR, LocalDate.of(YEAR, 11, 1));
		line(sent, commune, "LDTT", null, null);
		line(sent, commune, "LDTT", null, null);
		line(sent, commune, "LDTT", "REJECTED", null);
		line(sent, commune, "LDTT", null, records.getFirst());
		line(sent, commune, "CSTDCS", null, null);
		line(sent, commune, "CSTDCS", null, null);
		long draft = proposal(commune, YEAR, "DRAFT");
		line(draft, commune, "LDTT", null, null);
		line(draft, commune, "CSTDCS", null, null);
		long otherYear = tree.submittedProposal(commune, commune, YEAR + 1, LocalDate.of(YEAR, 11, 1));
		line(otherYear, commune, "LDTT", null, null);

		QuotaUse use = only(quotas.calculate(commune, YEAR, LocalDate.now(clock)));
		assertThat(use.basisAwarded())
			.as("7 of the commune, 1 of the school below; not the revoked, the neighbour's," + " the other year's")
			.isEqualTo(8);
		assertThat(use.basisProposed()).as("two sent; not the rejected, the one in the registry, the draft")
			.isEqualTo(2);
		assertThat(use.used()).isEqualTo(2);
		assertThat(use.limit()).isEqualTo(1);
		assertThat(use.blocks()).isTrue();
		assertThat(messages.getMessage(use.explanation(), VI)).isEqualTo(
				"Chiến sĩ thi đua cơ sở: 2 đề nghị; định mức 15 % × 10 Lao động tiên tiến (8 đã khen + 2 đang đề nghị)"
						+ " = 1,5 → làm tròn xuống 1");

		assertThat(only(quotas.uses(commune, YEAR, draft, LocalDate.now(clock), true)).usedProposed())
			.as("the draft at hand counts for itself")
			.isEqualTo(3);
		assertThat(only(quotas.uses(commune, YEAR, draft, LocalDate.now(clock), true)).basisProposed()).isEqualTo(3);
	}

	@Test
	void aRegistryTitleOfTheTypeCountsAsUsedAndARevokedOneDoesNot() {
		for (int i = 0; i < 10; i++) {
			award(commune, "LDTT");
		}
		award(commune, "CSTDCS");
		long revoked = award(commune, "CSTDCS");
		jdbc.sql("update award_record set revoked = true, revocation_decision = 'QĐ-HUY' where id = ?")
			.param(revoked)
			.update();
		long sent = tree.submittedProposal(commune, commune, YEAR, LocalDate.of(YEAR, 11, 1));
		line(sent, commune, "CSTDCS", null, null);

		QuotaUse use = only(quotas.calculate(commune, YEAR, LocalDate.now(clock)));
		assertThat(use.usedAwarded()).isEqualTo(1);
		assertThat(use.used()).isEqualTo(2);
		assertThat(use.exceeded()).isTrue();
		assertThat(messages.getMessage(use.explanation(), VI))
			.startsWith("Chiến sĩ thi đua cơ sở: 2 (1 đã khen + 1 đang đề nghị); định mức 15 % × 10");
	}

	@Test
	void theNearestScopeWinsAndTheCalculatorStaysInTheUsersScope() {
		quota(commune, "CSTDCS", "LDTT", "0.5", "CEILING", "WARN");
		for (int i = 0; i < 3; i++) {
			award(commune, "LDTT");
		}
		QuotaUse use = only(quotas.calculate(commune, YEAR, LocalDate.now(clock)));
		assertThat(use.severity()).isEqualTo(QuotaSeverity.WARN);
		assertThat(use.limit()).as("50 %% of 3 rounded up").isEqualTo(2);
		assertThat(only(quotas.calculate(neighbour, YEAR, LocalDate.now(clock))).severity())
			.isEqualTo(QuotaSeverity.BLOCK);

		var officer = tree.user(province, Role.OFFICER);
		assertThat(only(administration.calculate(prefix + "-X", YEAR, officer).uses()).severity())
			.isEqualTo(QuotaSeverity.WARN);
		var neighbourOfficer = tree.user(neighbour, Role.OFFICER);
		assertThatThrownBy(() -> administration.calculate(prefix + "-X", YEAR, neighbourOfficer))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "quota.try.unit");
	}

	private QuotaUse only(List<QuotaUse> uses) {
		return uses.stream().filter(use -> use.awardType().equals("CSTDCS")).findFirst().orElseThrow();
	}

	private void quota(long scope, String type, String basis, String ratio, String rounding, String severity) {
		jdbc.sql(
				"""
						insert into award_quota (award_type_code, basis_type_code, ratio, min_count, scope_unit_id, legal_source,
						    effective_from, rounding, severity)
						values (?, ?, ?::numeric, 0, ?, 'Quyết định thử', date '2000-01-01', ?, ?)
						""")
			.params(type, basis, ratio, scope, rounding, severity)
			.update();
	}

	private long award(long unit, String type) {
		return award(unit, type, YEAR);
	}

	private long award(long unit, String type, int year) {
		long person = tree.person(unit, "Người " + prefix, LocalDate.of(1980, 1, 1));
		return tree.award(person, unit, type, LocalDate.of(year, 12, 20), prefix + "/QĐ-" + person, "UBND xã",
				"Người " + prefix);
	}

	private long proposal(long unit, int year, String status) {
		return jdbc.sql("""
				insert into award_proposal (proposing_unit_id, deciding_unit_id, year, kind, title, status, created_by,
				    created_at)
				values (?, ?, ?, 'MERIT', 'Đề nghị thử', ?, 'test', now()) returning id
				""").params(unit, unit, year, status).query(Long.class).single();
	}

	private void line(long proposal, long unit, String type, String decision, Long record) {
		long person = tree.person(unit, "Người đề nghị " + prefix, LocalDate.of(1985, 1, 1));
		jdbc.sql("""
				insert into proposal_line (proposal_id, person_id, unit_id, subject_name, award_type_code, achievement,
				    outcome, decision, award_record_id)
				values (?, ?, ?, 'Người đề nghị', ?, 'Thành tích', 'PASSED', ?, ?)
				""").params(proposal, person, unit, type, decision, record).update();
	}

}
