package vn.thidua.benchmark;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.award.AwardKind;
import vn.thidua.proposal.LineOutcome;
import vn.thidua.proposal.NewProposal;
import vn.thidua.proposal.Proposal;
import vn.thidua.proposal.ProposalDrafting;
import vn.thidua.proposal.ProposalPage;
import vn.thidua.proposal.ProposalQueries;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalFixture;
import vn.thidua.support.QueryCount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long checking a proposal of a thousand lines takes, against a registry of a million
 * award records (two hundred thousand people). Run with
 * {@code ./mvnw verify -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=ProposalCheckBenchmark};
 * {@code -Dbenchmark.awards=10000000} for ten million.
 */
@Tag("benchmark")
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class ProposalCheckBenchmark {

	private static final int AWARDS = Integer.getInteger("benchmark.awards", 1_000_000);

	private static final int LINES = 1_000;

	@Autowired
	ProposalDrafting drafting;

	@Autowired
	ProposalQueries queries;

	@Autowired
	ProposalFixture fixture;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aThousandLinesAreCheckedInAboutASecond() {
		long commune = fixture.myHoa();
		jdbc.sql("""
				insert into person (full_name, search_text, unit_id)
				select 'Người trong sổ ' || g, 'nguoi trong so ' || g, :unit from generate_series(1, 200000) g
				""").param("unit", commune).update();
		jdbc.sql(
				"""
						insert into award_record (person_id, unit_id, award_type_code, kind, year, decision_number, decision_date,
						                          authority, subject_name, issuer_name, search_text)
						select p.id, :unit, case when g % 3 = 0 then 'CSTDCS' else 'LDTT' end, 'MERIT', 2006 + g % 20,
						       g || '/QĐ-UBND', make_date(2007 + g % 20, 1, 15), 'UBND', p.full_name, 'UBND', p.search_text
						from generate_series(1, :n) g
						join person p on p.id = (select min(id) from person where full_name like 'Người trong sổ %') + g % 200000
						""")
			.param("unit", commune)
			.param("n", AWARDS)
			.update();
		jdbc.sql("analyze award_record").update();
		jdbc.sql("analyze person").update();

		CurrentUser officer = users.current(ProposalFixture.PROPOSER);
		Proposal proposal = drafting
			.create(new NewProposal("Một nghìn dòng", 2025, AwardKind.MERIT, fixture.province(), null), officer);
		jdbc.sql("""
				insert into proposal_line (proposal_id, person_id, unit_id, subject_name, award_type_code, achievement,
				                           outcome)
				select :proposal, p.id, p.unit_id, p.full_name, 'BK_TINH', 'Hoàn thành xuất sắc nhiệm vụ', 'PASSED'
				from person p where p.full_name like 'Người trong sổ %' order by p.id limit :lines
				""").param("proposal", proposal.getId()).param("lines", LINES).update();
		jdbc.sql(
				"""
						insert into award_record (person_id, unit_id, award_type_code, kind, year, decision_number, decision_date,
						                          authority, subject_name, issuer_name, search_text)
						select l.person_id, l.unit_id, 'CSTDCS', 'MERIT', y, 'CS-' || y, make_date(y + 1, 1, 15), 'UBND',
						       l.subject_name, 'UBND', 'x'
						from proposal_line l, generate_series(2024, 2025) y
						where l.proposal_id = :proposal and l.person_id % 2 = 0
						""")
			.param("proposal", proposal.getId())
			.update();
		System.out.printf("Registry holds %d award records%n",
				jdbc.sql("select count(*) from award_record").query(Long.class).single());

		QueryCount.reset();
		ProposalPage page = queries.page(proposal.getId(), officer);
		System.out.printf("BENCHMARK proposal page of %d lines costs %d statements%n", page.lines().size(),
				QueryCount.total());
		assertThat(page.lines()).hasSize(LINES);
		assertThat(page.verdicts().values()).extracting(verdict -> verdict.outcome())
			.contains(LineOutcome.PASSED, LineOutcome.BLOCKED);
		Timing.report("check a proposal of " + LINES + " lines", () -> queries.page(proposal.getId(), officer));
		List<Long> people = page.lines().stream().limit(1).map(line -> line.getPersonId()).toList();
		Timing.report("a person's history in the registry",
				() -> jdbc.sql("select count(*) from award_record where person_id = ?")
					.param(people.getFirst())
					.query(Long.class)
					.single());
	}

}
