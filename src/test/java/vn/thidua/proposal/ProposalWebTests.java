package vn.thidua.proposal;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.thidua.award.AwardKind;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.ProposalFixture.unique;

/**
 * What the proposal pages do with bad input: a clear Vietnamese message and nothing
 * changed; foreign ids, forged values and replays change nothing either.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class ProposalWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorldUsers users;

	@Autowired
	ProposalFixture fixture;

	@Autowired
	ProposalQueries queries;

	@Autowired
	ProposalDrafting drafting;

	@Test
	void theUnitSeesItsProposalWithEveryVerdictExplainedAndOtherProvincesSeeNothing() throws Exception {
		Proposal proposal = fixture.draft(unique("Trang đề nghị"),
				List.of(fixture.ineligible(unique("Thạch Văn Giải Thích"))));

		mvc.perform(get("/proposals/" + proposal.getId()).with(users.as(ProposalFixture.PROPOSER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa đủ 2 năm liên tục Chiến sĩ thi đua cơ sở: có 2025")))
			.andExpect(content().string(containsString("Luật Thi đua, khen thưởng 2022, Điều 74")));
		mvc.perform(get("/proposals/" + proposal.getId()).with(users.as("officer.nd")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/proposals").with(users.as("officer.nd")))
			.andExpect(content().string(not(containsString(proposal.getTitle()))));
	}

	@Test
	void aDepartmentsBoardMemberFindsWhatAwaitsTheBoardTheySitOn() throws Exception {
		Proposal proposal = fixture.atBoard(unique("Chờ Hội đồng"), List.of(fixture.eligible(unique("Ninh Văn Chờ"))));

		mvc.perform(get("/proposals").param("awaiting", "true").with(users.as("member.tv-snv")))
			.andExpect(content().string(containsString(proposal.getTitle())));
		mvc.perform(get("/proposals/" + proposal.getId() + "/board").with(users.as("member.tv-snv")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(proposal.getTitle())));
		mvc.perform(get("/proposals").param("awaiting", "true").with(users.as("reporter.tv-cn")))
			.andExpect(content().string(not(containsString(proposal.getTitle()))));
	}

	@Test
	void aBlankAchievementIsRefusedWithItsFieldNamedAndNothingIsAdded() throws Exception {
		Proposal proposal = fixture.draft(unique("Thiếu thành tích"), List.of(fixture.eligible(unique("Kim Văn Một"))));
		long other = fixture.eligible(unique("Kim Văn Hai"));

		mvc.perform(post("/proposals/" + proposal.getId() + "/people").param("ids", String.valueOf(other))
			.param("awardType", "BK_TINH")
			.param("achievement", "  ")
			.param("version", String.valueOf(proposal.getVersion()))
			.with(users.as(ProposalFixture.PROPOSER))
			.with(csrf())).andExpect(flash().attribute("flashErrorKey", "proposal.fieldInvalid"));

		assertThat(fixture.lines(proposal)).hasSize(1);
	}

	@Test
	void aSubmissionLackingBothDocumentsNamesBothInOneAnswer() throws Exception {
		CurrentUser proposer = users.current(ProposalFixture.PROPOSER);
		Proposal proposal = drafting.create(new NewProposal(unique("Thiếu cả hai"), ProposalFixture.YEAR,
				AwardKind.MERIT, fixture.province(), null), proposer);
		drafting.addPeople(proposal.getId(), proposal.getVersion(), List.of(fixture.eligible(unique("Đỗ Văn Thiếu"))),
				"BK_TINH", "Hoàn thành xuất sắc nhiệm vụ.", proposer);
		String path = "/proposals/" + proposal.getId();

		MvcResult refused = mvc
			.perform(post(path + "/submit")
				.param("version", String.valueOf(fixture.current(proposal.getId()).getVersion()))
				.with(users.as(ProposalFixture.PROPOSER))
				.with(csrf()))
			.andExpect(redirectedUrl(path))
			.andExpect(flash().attribute("flashErrorKey", "proposal.coverLetterMissing"))
			.andReturn();
		Cookie session = refused.getResponse().getCookie("SESSION");
		assertThat(session).as("the flash waits in the session for the next page").isNotNull();
		mvc.perform(get(path).cookie(session).with(users.as(ProposalFixture.PROPOSER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<li>Hồ sơ thiếu tờ trình.</li>")))
			.andExpect(content().string(
					containsString("<li>Hồ sơ thiếu biên bản họp Hội đồng Thi đua – Khen thưởng của đơn vị.</li>")));

		assertThat(fixture.current(proposal.getId()).getStatus()).isEqualTo(ProposalStatus.DRAFT);
	}

	@Test
	void forgedAndForeignValuesChangeNothing() throws Exception {
		Proposal proposal = fixture.draft(unique("Giả mạo"), List.of(fixture.eligible(unique("Lâm Văn Thật"))));
		String path = "/proposals/" + proposal.getId();

		mvc.perform(post(path + "/people").param("ids", "abc")
			.param("awardType", "BK_TINH")
			.param("achievement", "x")
			.param("version", String.valueOf(proposal.getVersion()))
			.with(users.as(ProposalFixture.PROPOSER))
			.with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(post(path + "/people").param("ids", "999999999")
			.param("awardType", "BK_TINH")
			.param("achievement", "x")
			.param("version", String.valueOf(proposal.getVersion()))
			.with(users.as(ProposalFixture.PROPOSER))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(path + "/submit").param("version", String.valueOf(proposal.getVersion()))
			.with(users.as(ProposalFixture.PROPOSER))).andExpect(status().is3xxRedirection());
		mvc.perform(post(path + "/submit").param("version", String.valueOf(proposal.getVersion()))
			.with(users.as("officer.nd"))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(path + "/submit").param("version", String.valueOf(proposal.getVersion() - 1))
			.with(users.as(ProposalFixture.PROPOSER))
			.with(csrf())).andExpect(status().isConflict());

		assertThat(fixture.current(proposal.getId()).getStatus()).isEqualTo(ProposalStatus.DRAFT);
		assertThat(fixture.lines(proposal)).hasSize(1);
	}

	@Test
	void aDisguisedFileIsRefusedByItsContent() throws Exception {
		Proposal proposal = fixture.draft(unique("Tệp giả"), List.of(fixture.eligible(unique("Phan Văn Tệp"))));

		mvc.perform(multipart("/proposals/" + proposal.getId() + "/documents")
			.file(new MockMultipartFile("file", "to-trinh.pdf", "application/pdf", "MZ\u0090 not a pdf".getBytes()))
			.param("kind", "EVIDENCE")
			.with(users.as(ProposalFixture.PROPOSER))
			.with(csrf())).andExpect(flash().attribute("flashErrorKey", "attachment.typeNotAllowed"));

		assertThat(fixture.current(proposal.getId()).getVersion()).isEqualTo(proposal.getVersion());
	}

	@Test
	void dossierFilesAreServedOnlyWithinScope() throws Exception {
		Proposal proposal = fixture.draft(unique("Tải tệp"), List.of(fixture.eligible(unique("Quách Văn Tải"))));
		String link = "/proposals/" + proposal.getId() + "/documents/"
				+ queries.page(proposal.getId(), users.current(ProposalFixture.OFFICE))
					.documents()
					.getFirst()
					.file()
					.id();

		mvc.perform(get(link).with(users.as(ProposalFixture.OFFICE)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get(link).with(users.as("officer.nd"))).andExpect(status().isNotFound());
		Proposal other = fixture.draft(unique("Hồ sơ khác"), List.of(fixture.eligible(unique("Quách Văn Khác"))));
		long foreignFile = queries.page(other.getId(), users.current(ProposalFixture.OFFICE))
			.documents()
			.getFirst()
			.file()
			.id();
		mvc.perform(get("/proposals/" + proposal.getId() + "/documents/" + foreignFile)
			.with(users.as(ProposalFixture.OFFICE))).andExpect(status().isNotFound());
	}

	@Test
	void aSecondBallotByDoubleClickIsRefusedWithAMessage() throws Exception {
		Proposal proposal = fixture.atBoard(unique("Nhấp đúp"), List.of(fixture.eligible(unique("Tạ Văn Nhấp"))));
		BoardSession session = fixture.session(proposal);
		long line = fixture.lines(proposal).getFirst().getId();
		String vote = "/proposals/" + proposal.getId() + "/board/" + session.getId() + "/vote";

		// without the confirmation box nothing is recorded, and the member may still vote
		mvc.perform(post(vote).param("ballot-" + line, "AGREE").with(users.as("member.tv")).with(csrf()))
			.andExpect(flash().attribute("flashErrorKey", "board.unconfirmed"));
		mvc.perform(post(vote).param("ballot-" + line, "AGREE")
			.param("confirmed", "true")
			.with(users.as("member.tv"))
			.with(csrf())).andExpect(flash().attribute("flashKey", "board.voted"));
		mvc.perform(post(vote).param("ballot-" + line, "AGREE")
			.param("confirmed", "true")
			.with(users.as("member.tv"))
			.with(csrf())).andExpect(flash().attribute("flashErrorKey", "board.alreadyVoted"));
		mvc.perform(post(vote).param("ballot-" + line, "MAYBE").with(users.as("member.tv-snv")).with(csrf()))
			.andExpect(status().isBadRequest());
	}

}
