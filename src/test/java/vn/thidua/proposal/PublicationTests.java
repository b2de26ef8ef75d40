package vn.thidua.proposal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.award.AwardEntry;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardRegistry;
import vn.thidua.award.Influence;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.support.ProposalFixture.unique;

/**
 * National titles are published for comment ten working days before the board meets;
 * objections are recorded while they are.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class PublicationTests {

	@Autowired
	ProposalFixture fixture;

	@Autowired
	ProposalReview review;

	@Autowired
	ProposalQueries queries;

	@Autowired
	AwardRegistry registry;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void tenWorkingDaysSkipTheWeekend() {
		assertThat(ProposalReview.addWorkingDays(LocalDate.of(2026, 11, 23), 10)).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(ProposalReview.addWorkingDays(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void aNationalTitleIsPublishedBeforeTheBoardAndObjectionsAreRecorded() {
		CurrentUser office = users.current(ProposalFixture.OFFICE);
		long person = fixture.person(unique("Nguyễn Thị Toàn Quốc"));
		for (int year = 2024; year <= 2025; year++) {
			registry.record(new AwardEntry(person, fixture.myHoa(), "CSTD_TINH", AwardKind.MERIT, year,
					"CT-" + year + "/QĐ-UBND", LocalDate.of(year + 1, 2, 1), "Chủ tịch", "UBND tỉnh Trà Vinh",
					"Nguyễn Thị Toàn Quốc", null, "UBND tỉnh Trà Vinh"), office);
		}
		registry.recogniseInitiative(person, 2025, "Phần mềm quản lý hồ sơ thi đua", Influence.NATIONAL, office);
		Proposal proposal = fixture.submitted("CSTD_TQ", unique("Toàn quốc"), List.of(person));
		review.startAppraisal(proposal.getId(), version(proposal), office);

		assertThatThrownBy(() -> review.forwardToBoard(proposal.getId(), version(proposal), office))
			.hasFieldOrPropertyWithValue("messageKey", "proposal.publicationRequired");
		Proposal published = review.publish(proposal.getId(), version(proposal), office);
		assertThat(published.getStatus()).isEqualTo(ProposalStatus.PUBLISHED);
		assertThat(published.getPublishedUntil())
			.isEqualTo(ProposalReview.addWorkingDays(published.getPublishedFrom(), 10));
		assertThatThrownBy(() -> review.forwardToBoard(proposal.getId(), version(proposal), office))
			.hasFieldOrPropertyWithValue("messageKey", "proposal.stillPublished");

		review.recordObjection(proposal.getId(), fixture.lines(proposal).getFirst().getId(), LocalDate.of(2026, 11, 25),
				"Ông Trần Văn Góp Ý", "Đề nghị làm rõ phạm vi ảnh hưởng của sáng kiến.", office);
		jdbc.sql("update award_proposal set published_until = current_date - 1 where id = ?")
			.param(proposal.getId())
			.update();
		Proposal atBoard = review.forwardToBoard(proposal.getId(), version(proposal), office);

		assertThat(atBoard.getStatus()).isEqualTo(ProposalStatus.VOTING);
		assertThat(queries.page(proposal.getId(), users.current(ProposalFixture.PROPOSER)).objections()).singleElement()
			.satisfies(objection -> assertThat(objection.getSender()).isEqualTo("Ông Trần Văn Góp Ý"));
	}

	private long version(Proposal proposal) {
		return fixture.current(proposal.getId()).getVersion();
	}

}
