package vn.thidua.award;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalFixture;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's page says what each empty section lacks: no ratings, no recognised
 * initiatives, no awards, each in its own words, never "no awards" under a heading that
 * is not about awards.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class PersonPageTests {

	private static final String NO_AWARDS = "Không có khen thưởng nào.";

	@Autowired
	MockMvc mvc;

	@Autowired
	ProposalFixture fixture;

	@Autowired
	WorldUsers users;

	@Autowired
	vn.thidua.support.TreeFixture tree;

	@Test
	void aPersonWithAwardsAndRatingsButNoInitiativeIsToldSoUnderInitiatives() throws Exception {
		long person = fixture.eligible(ProposalFixture.unique("Võ Thị Trang Sáng Kiến"));

		mvc.perform(get("/people/" + person).with(users.as(ProposalFixture.OFFICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa có sáng kiến, đề tài nào được công nhận.")))
			.andExpect(content().string(not(containsString(NO_AWARDS))));
		mvc.perform(get("/people/" + person).param("lang", "en").with(users.as(ProposalFixture.OFFICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No recognised initiatives or research.")))
			.andExpect(content().string(not(containsString("No awards."))));
	}

	@Test
	void aPersonWithNothingYetHasAnEmptyStateInEverySection() throws Exception {
		long person = tree.person(fixture.myHoa(), ProposalFixture.unique("Đặng Văn Mới Vào"),
				java.time.LocalDate.of(1999, 9, 9));

		mvc.perform(get("/people/" + person).with(users.as(ProposalFixture.OFFICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NO_AWARDS)))
			.andExpect(content().string(containsString("Chưa có xếp loại nào.")))
			.andExpect(content().string(containsString("Chưa có sáng kiến, đề tài nào được công nhận.")));
	}

}
