package vn.thidua.proposal;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.award.AwardKind;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.unit.UnitCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.support.ProposalFixture.unique;

/**
 * Lines from a cluster's finalised year-end ranking: the test world's Cụm Thi đua số 1 of
 * 2023 proposed Châu Thành for the flag and thị xã Duyên Hải for a certificate of merit;
 * the province proposes both, a member district cannot propose its neighbour.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class ProposalRankingTests {

	@Autowired
	ProposalDrafting drafting;

	@Autowired
	ProposalQueries queries;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theProvinceProposesTheClustersFlagAndCertificateWithAchievementsFromTheRanking() {
		CurrentUser province = users.current("officer.tv");
		Proposal proposal = create(province, 2023);

		List<RankingOffer> offers = drafting.rankingOffers(proposal.getId(), province);

		RankingOffer cluster = offers.stream()
			.filter(offer -> offer.clusterCode().equals("TV-CTD1"))
			.findFirst()
			.orElseThrow();
		assertThat(cluster.addable()).isTrue();
		assertThat(cluster.items())
			.extracting(RankingOffer.Item::unitCode, RankingOffer.Item::awardType, RankingOffer.Item::rank)
			.containsExactly(tuple("TV-CT", "CO_TINH", 1), tuple("TV-TXDH", "BK_TINH_TT", 2));

		assertThat(drafting.addFromRanking(proposal.getId(), proposal.getVersion(), cluster.reviewId(), province))
			.isEqualTo(2);

		ProposalPage page = queries.page(proposal.getId(), province);
		assertThat(page.proposal().getReviewId()).isEqualTo(cluster.reviewId());
		ProposalLine flag = page.lines().getFirst();
		assertThat(flag.getSubjectName()).isEqualTo("Huyện Châu Thành");
		assertThat(flag.isIndividual()).isFalse();
		assertThat(flag.getAchievement())
			.isEqualTo("Dẫn đầu Cụm Thi đua số 1 năm 2023 với 96 điểm, xếp loại Xuất sắc.");
		assertThat(page.verdicts().get(flag.getId()).eligibility().results())
			.anyMatch(result -> result.ruleCode().equals("CO_TINH_LEADS") && result.passed());
		ProposalLine certificate = page.lines().get(1);
		assertThat(certificate.getAwardTypeCode()).isEqualTo("BK_TINH_TT");
		assertThat(certificate.getAchievement()).startsWith("Xếp thứ 2/5 Cụm Thi đua số 1 năm 2023 với ");
		assertThat(page.verdicts().get(certificate.getId()).eligibility().results())
			.anyMatch(result -> result.ruleCode().equals("BK_TINH_TT_RATING"));

		Proposal current = page.proposal();
		assertThat(drafting.addFromRanking(current.getId(), current.getVersion(), cluster.reviewId(), province))
			.isZero();
		assertThat(queries.page(proposal.getId(), province).lines()).hasSize(2);
	}

	@Test
	void aMemberDistrictCannotProposeAUnitOutsideItsSubtree() {
		CurrentUser chauThanh = new CurrentUser(0, "test.officer.tv-ct", "Cán bộ Châu Thành",
				units.findActiveByCode("TV-CT").orElseThrow().id(), Set.of(Role.OFFICER));
		Proposal proposal = create(chauThanh, 2023);

		RankingOffer cluster = drafting.rankingOffers(proposal.getId(), chauThanh)
			.stream()
			.filter(offer -> offer.clusterCode().equals("TV-CTD1"))
			.findFirst()
			.orElseThrow();

		assertThat(cluster.withinScope()).isFalse();
		assertThat(cluster.addable()).isFalse();
		assertThatThrownBy(
				() -> drafting.addFromRanking(proposal.getId(), proposal.getVersion(), cluster.reviewId(), chauThanh))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasMessageStartingWith("proposal.ranking.outsideScope");
		assertThat(queries.page(proposal.getId(), chauThanh).lines()).isEmpty();
	}

	@Test
	void aRankingOfAnotherProvinceOrYearIsNotOffered() {
		CurrentUser province = users.current("officer.tv");
		long reviewId = drafting.rankingOffers(create(province, 2023).getId(), province)
			.stream()
			.filter(offer -> offer.clusterCode().equals("TV-CTD1"))
			.findFirst()
			.orElseThrow()
			.reviewId();
		CurrentUser namDinh = users.current("officer.nd");
		Proposal foreign = create(namDinh, 2023);
		Proposal otherYear = create(province, 2024);

		assertThat(drafting.rankingOffers(foreign.getId(), namDinh)).isEmpty();
		assertThat(drafting.rankingOffers(otherYear.getId(), province))
			.noneMatch(offer -> offer.clusterCode().equals("TV-CTD1"));
		assertThatThrownBy(() -> drafting.addFromRanking(foreign.getId(), foreign.getVersion(), reviewId, namDinh))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theAddPageOffersTheRankingAndItsButtonAddsTheLinesOnceTheFormIsCurrent() throws Exception {
		CurrentUser province = users.current("officer.tv");
		Proposal proposal = create(province, 2023);
		long reviewId = drafting.rankingOffers(proposal.getId(), province)
			.stream()
			.filter(offer -> offer.clusterCode().equals("TV-CTD1"))
			.findFirst()
			.orElseThrow()
			.reviewId();

		mvc.perform(get("/proposals/{id}/add", proposal.getId()).with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Cụm Thi đua số 1 (TV-CTD1) — tổng kết năm 2023"),
					containsString("Dẫn đầu Cụm Thi đua số 1 năm 2023 với 96 điểm, xếp loại Xuất sắc."),
					containsString("Hạng 1/5, 96 điểm"), containsString("Thêm từ kết quả xếp hạng"))));
		mvc.perform(post("/proposals/{id}/rankings/{review}", proposal.getId(), reviewId)
			.param("version", String.valueOf(proposal.getVersion() - 1))
			.with(users.as("officer.tv"))
			.with(csrf())).andExpect(status().isConflict());
		mvc.perform(post("/proposals/{id}/rankings/{review}", proposal.getId(), reviewId)
			.param("version", String.valueOf(proposal.getVersion()))
			.with(users.as("officer.tv"))
			.with(csrf()))
			.andExpect(redirectedUrl("/proposals/" + proposal.getId()))
			.andExpect(flash().attribute("flashKey", "proposal.linesAdded"));

		assertThat(jdbc.sql("select count(*) from proposal_line where proposal_id = ?")
			.param(proposal.getId())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	private Proposal create(CurrentUser officer, int year) {
		long deciding = units.ancestorsAndSelf(officer.unitId())
			.stream()
			.filter(unit -> unit.kind().name().equals("PROVINCE"))
			.findFirst()
			.orElseThrow()
			.id();
		return drafting.create(new NewProposal(unique("Đề nghị Cờ thi đua"), year, AwardKind.MERIT, deciding, null),
				officer);
	}

}
