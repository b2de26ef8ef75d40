package vn.thidua.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.cluster.ReviewPeriod;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ReviewFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statistical report's clusters table says when a cluster has no year-end ranking
 * yet, rather than leaving the cell blank.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class StatutoryPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReviewFixture reviews;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorldUsers users;

	@Test
	void aClusterWithoutYearEndResultIsShownAsNotRankedYet() throws Exception {
		var review = reviews.open(ReviewPeriod.MID_YEAR, "TV-CT", "TV-CN");
		String name = jdbc.sql("select name from cluster where id = ?")
			.param(review.clusterId())
			.query(String.class)
			.single();

		String vi = row(mvc
			.perform(get("/reports/statutory").param("unit", "TV")
				.param("year", String.valueOf(ReviewFixture.YEAR))
				.with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), name);
		assertThat(vi).contains("<td>chưa xếp hạng</td>").doesNotContain("<td></td>");
		String en = row(mvc
			.perform(get("/reports/statutory").param("unit", "TV")
				.param("year", String.valueOf(ReviewFixture.YEAR))
				.param("lang", "en")
				.with(users.as("officer.tv")))
			.andReturn()
			.getResponse()
			.getContentAsString(), name);
		assertThat(en).contains("<td>not ranked yet</td>");
	}

	/** The table row naming this cluster. */
	private static String row(String html, String cluster) {
		int at = html.indexOf("<td>" + cluster + "</td>");
		assertThat(at).as("row of %s", cluster).isNotNegative();
		return html.substring(at, html.indexOf("</tr>", at));
	}

}
