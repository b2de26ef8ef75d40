package vn.thidua.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.award.AwardEntry;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardRegistry;
import vn.thidua.award.Influence;
import vn.thidua.award.Rating;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.LockWaits.Behind;
import vn.thidua.support.ProposalFixture;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.LockWaits.secondBehindFirst;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.support.ProposalFixture.unique;

/**
 * Chiến sĩ thi đua cơ sở is capped at 15 % of Lao động tiên tiến across all of a unit's
 * proposals of the year, not proposal by proposal. Xã Long Khánh's 2023 proposals are
 * this test's own.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class QuotaTests {

	private static final int YEAR = 2023;

	@Autowired
	ProposalDrafting drafting;

	@Autowired
	ProposalQueries queries;

	@Autowired
	AwardRegistry registry;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TreeFixture tree;

	@Test
	void theQuotaCountsTheUnitsOtherProposalsOfTheYear() {
		long commune = units.findActiveByCode("TV-DH-LK").orElseThrow().id();
		CurrentUser officer = new CurrentUser(0, "test.longkhanh", "Cán bộ xã Long Khánh", commune,
				Set.of(Role.OFFICER));

		Proposal first = proposal(commune, officer, "Lao động tiên tiến và Chiến sĩ thi đua cơ sở");
		drafting.addPeople(first.getId(), version(first, officer), advanced(commune, 7), "LDTT", "Hoàn thành tốt",
				officer);
		drafting.addPeople(first.getId(), version(first, officer), fighters(commune, 1), "CSTDCS", "Có sáng kiến",
				officer);
		submit(first, officer);
		assertThat(queries.page(first.getId(), officer).quotas()).singleElement().satisfies(quota -> {
			assertThat(quota.used()).isEqualTo(1);
			assertThat(quota.limit()).isEqualTo(1);
			assertThat(quota.basis()).as("7 proposed and the fighter's own LĐTT already awarded").isEqualTo(8);
		});

		Proposal second = proposal(commune, officer, "Bổ sung Chiến sĩ thi đua cơ sở");
		drafting.addPeople(second.getId(), version(second, officer), fighters(commune, 1), "CSTDCS", "Có sáng kiến",
				officer);
		assertThatThrownBy(() -> submit(second, officer)).hasFieldOrPropertyWithValue("messageKey",
				"proposal.quotaExceeded");
		assertThat(queries.page(second.getId(), officer).blocked()).isTrue();

		drafting.addPeople(second.getId(), version(second, officer), advanced(commune, 7), "LDTT", "Hoàn thành tốt",
				officer);
		submit(second, officer);
		assertThat(queries.page(second.getId(), officer).quotas()).singleElement().satisfies(quota -> {
			assertThat(quota.used()).isEqualTo(2);
			assertThat(quota.limit()).as("15 %% of 16 is 2,4").isEqualTo(2);
			assertThat(quota.exceeded()).isFalse();
		});
	}

	/**
	 * Thị trấn Châu Thành's own quota, of this test alone: blocking, the refusal spells
	 * out the arithmetic; warning, the same proposal is sent and the page warns.
	 */
	@Test
	void theRefusalShowsTheArithmeticAndAWarningQuotaLetsTheProposalGo() {
		long town = units.findActiveByCode("TV-CT-TT").orElseThrow().id();
		long quota = jdbc
			.sql("""
					insert into award_quota (award_type_code, basis_type_code, ratio, min_count, scope_unit_id, legal_source,
					    effective_from, rounding, severity)
					values ('CSTDCS', 'LDTT', 0.15, 0, ?, 'Quyết định thử của thị trấn', date '2000-01-01', 'FLOOR', 'BLOCK')
					returning id
					""")
			.param(town)
			.query(Long.class)
			.single();
		try {
			CurrentUser officer = new CurrentUser(0, "test.chauthanh", "Cán bộ thị trấn Châu Thành", town,
					Set.of(Role.OFFICER));
			Proposal proposal = proposal(town, officer, "Chiến sĩ thi đua cơ sở thị trấn");
			drafting.addPeople(proposal.getId(), version(proposal, officer), advanced(town, 5), "LDTT",
					"Hoàn thành tốt", officer);
			drafting.addPeople(proposal.getId(), version(proposal, officer), fighters(town, 1), "CSTDCS",
					"Có sáng kiến", officer);

			assertThatThrownBy(() -> submit(proposal, officer)).isInstanceOfSatisfying(BusinessRuleViolation.class,
					refusal -> {
						assertThat(refusal.messageKey()).isEqualTo("proposal.quotaExceeded");
						assertThat(messages.getMessage(refusal.messageKey(), refusal.args(), Locale.of("vi")))
							.startsWith("Vượt định mức — Chiến sĩ thi đua cơ sở: 1 đề nghị; định mức 15 % × ")
							.contains(" Lao động tiên tiến (")
							.contains("(1 đã khen + 5 đang đề nghị) = ")
							.contains("→ làm tròn xuống 0");
					});
			assertThat(queries.page(proposal.getId(), officer).blocked()).isTrue();

			jdbc.sql("update award_quota set severity = 'WARN' where id = ?").param(quota).update();
			assertThat(queries.page(proposal.getId(), officer).blocked()).isFalse();
			submit(proposal, officer);
			assertThat(queries.page(proposal.getId(), officer).quotas()).singleElement().satisfies(use -> {
				assertThat(use.warns()).isTrue();
				assertThat(use.quotaId()).isEqualTo(quota);
			});
		}
		finally {
			jdbc.sql("delete from award_quota where id = ?").param(quota).update();
		}
	}

	/**
	 * A fresh commune allowed one Chiến sĩ thi đua cơ sở: its two proposals of one each,
	 * sent at the same moment, are counted one after the other.
	 */
	@Test
	void twoProposalsSentAtOnceCannotBothTakeTheLastPlace() throws Exception {
		String prefix = tree.prefix();
		long commune = tree
			.unit(units.findActiveByCode("TV").orElseThrow().id(), prefix, "Xã Đồng Thời " + prefix, UnitKind.COMMUNE,
					LocalDate.of(2020, 1, 1))
			.getId();
		jdbc.sql(
				"""
						insert into award_quota (award_type_code, max_count, min_count, scope_unit_id, legal_source, effective_from,
						    rounding, severity)
						values ('CSTDCS', 1, 0, ?, 'Quyết định thử của xã', date '2000-01-01', 'FLOOR', 'BLOCK')
						""")
			.param(commune)
			.update();
		CurrentUser officer = new CurrentUser(0, "test." + prefix, "Cán bộ xã Đồng Thời", commune,
				Set.of(Role.OFFICER));
		List<Proposal> proposals = new ArrayList<>();
		for (String title : List.of("Chiến sĩ thi đua cơ sở đợt một", "Chiến sĩ thi đua cơ sở đợt hai")) {
			Proposal proposal = proposal(commune, officer, title);
			drafting.addPeople(proposal.getId(), version(proposal, officer), fighters(commune, 1), "CSTDCS",
					"Có sáng kiến", officer);
			proposals.add(proposal);
		}
		Behind<Void> second = secondBehindFirst(transactions, jdbc, () -> submit(proposals.get(0), officer),
				() -> submit(proposals.get(1), officer));

		assertThat(second.waited()).as("the second waits for the first's count").isTrue();
		assertThatThrownBy(second.outcome()::get).cause()
			.hasFieldOrPropertyWithValue("messageKey", "proposal.quotaExceeded");

		assertThat(proposals).extracting(proposal -> queries.page(proposal.getId(), officer).proposal().getStatus())
			.containsExactly(ProposalStatus.SUBMITTED, ProposalStatus.DRAFT);
	}

	private Proposal proposal(long commune, CurrentUser officer, String title) {
		Proposal proposal = drafting.create(new NewProposal(unique(title), YEAR, AwardKind.MERIT, commune, null),
				officer);
		drafting.attach(proposal.getId(), DocumentKind.COVER_LETTER, null, ProposalFixture.pdf("TT.pdf"), officer);
		drafting.recordCouncil(proposal.getId(), version(proposal, officer), 5, 5, 5, ProposalFixture.pdf("BB.pdf"),
				officer);
		return proposal;
	}

	private void submit(Proposal proposal, CurrentUser officer) {
		drafting.submit(proposal.getId(), version(proposal, officer), officer);
	}

	private long version(Proposal proposal, CurrentUser officer) {
		return queries.page(proposal.getId(), officer).proposal().getVersion();
	}

	private List<Long> advanced(long commune, int count) {
		List<Long> people = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long person = person(commune, "Lao Động");
			people.add(person);
		}
		return people;
	}

	/**
	 * People with a recognised initiative and, as Chiến sĩ thi đua cơ sở requires, the
	 * Lao động tiên tiến of the year already decided.
	 */
	private List<Long> fighters(long commune, int count) {
		List<Long> people = advanced(commune, count);
		people.forEach(person -> {
			registry.recogniseInitiative(person, YEAR, "Sáng kiến cải tiến thủ tục", Influence.UNIT,
					users.current(ProposalFixture.OFFICE));
			registry.record(new AwardEntry(person, commune, "LDTT", AwardKind.MERIT, YEAR, unique("LĐTT") + "/QĐ",
					java.time.LocalDate.of(YEAR + 1, 1, 5), "Chủ tịch UBND xã", "UBND xã Long Khánh", "Lao Động", null,
					"UBND xã Long Khánh"), users.current(ProposalFixture.OFFICE));
		});
		return people;
	}

	private long person(long commune, String name) {
		CurrentUser office = users.current(ProposalFixture.OFFICE);
		long person = registry.addPerson(unique(name), null, null, "Công chức", commune, office).getId();
		registry.rate(person, YEAR, Rating.GOOD, office);
		return person;
	}

}
