package vn.thidua.cluster.web;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.thidua.cluster.ReviewPeriod;
import vn.thidua.cluster.ReviewWorkflow;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ReviewFixture;
import vn.thidua.support.ReviewFixture.OpenReview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review pages as each kind of user gets them: the member's own form, the leader's
 * grid saved cell by cell or all at once without JavaScript, the supervisor's results,
 * and the workbook. Each test opens a review of its own cluster.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class ReviewPageTests {

	private static final String LEADER = "leader.tv-ct";

	private static final String MEMBER = "reporter.tv-cn";

	@Autowired
	MockMvc mvc;

	@Autowired
	ReviewFixture fixture;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcTemplate jdbc;

	OpenReview review;

	long chauthanh;

	long caungang;

	@BeforeEach
	void openAReview() {
		review = fixture.open(ReviewPeriod.YEAR_END, "TV-CT", "TV-CN");
		chauthanh = review.unit("TV-CT");
		caungang = review.unit("TV-CN");
	}

	@Test
	void eachUserSeesWhatTheyMayDo() throws Exception {
		page(MEMBER).andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Tự đánh giá của huyện Cầu Ngang"), containsString("Tổng kết năm 2025"),
						containsString("Đang chấm điểm"), not(containsString("id=\"grid\"")))));
		page(LEADER).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"grid\""), containsString("Hoàn tất"),
					containsString("Tự đánh giá của đơn vị mình"), not(containsString("id=\"self-table\"")))));
		page(ReviewFixture.OFFICER).andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"ranking-table\""), containsString("id=\"heatmap-table\""),
						not(containsString("id=\"grid\"")), not(containsString("id=\"self-table\"")))));
		page("officer.nd").andExpect(status().isNotFound());
	}

	@Test
	void aSelfAssessmentWithAWrongValueComesBackWithItsErrorsAndSavesNothing() throws Exception {
		selfAssess(MEMBER, "31", "12abc", "14,5").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Điểm phải từ 0 đến 30."),
					containsString("Số không hợp lệ"), containsString("value=\"31\""),
					containsString("value=\"12abc\""), containsString("value=\"14,5\""))));
		assertThat(count("self_assessment")).isZero();

		selfAssess(MEMBER, "28", "18,5", "14,5").andExpect(status().isFound())
			.andExpect(redirectedUrl("/reviews/" + review.reviewId()))
			.andExpect(flash().attribute("flashKey", "review.self.saved"));
		assertThat(jdbc.queryForObject(
				"select points from self_assessment where review_id = ? and unit_id = ? and criterion_id = ?",
				BigDecimal.class, review.reviewId(), caungang, review.criterion(2)))
			.isEqualByComparingTo("18.5");
		assertThat(count("self_assessment")).isEqualTo(3);
	}

	@Test
	void theLeaderAssessesItsOwnUnitOnAPageOfItsOwn() throws Exception {
		mvc.perform(get("/reviews/{id}/self-assessment", review.reviewId()).with(users.as(LEADER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tự đánh giá của huyện Châu Thành")));
		selfAssess(LEADER, "29", "", "").andExpect(redirectedUrl("/reviews/" + review.reviewId() + "/self-assessment"));
		mvc.perform(get("/reviews/{id}/self-assessment", review.reviewId()).with(users.as(ReviewFixture.OFFICER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void evidenceOverItsLimitIsAnErrorOnItsFieldAndSavesNothing() throws Exception {
		selfAssessWithEvidence(MEMBER, "x".repeat(1001), "28", "18").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"rows0.evidence-error\">Độ dài tối đa 1.000 ký tự."),
					containsString("value=\"28\""))));
		assertThat(count("self_assessment")).isZero();

		selfAssessWithEvidence(MEMBER, "y".repeat(1000), "28", "18").andExpect(status().isFound());
		assertThat(jdbc.queryForObject(
				"select evidence from self_assessment where review_id = ? and unit_id = ? and criterion_id = ?",
				String.class, review.reviewId(), caungang, review.criterion(1)))
			.hasSize(1000);
	}

	@Test
	void absurdPointsAreAnErrorOnTheirFieldAndSaveNothing() throws Exception {
		selfAssess(MEMBER, "99.999.999.999.999", "18,125", "1e9").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"rows0.points-error\">Điểm phải từ 0 đến 30."),
					containsString("id=\"rows1.points-error\">Điểm chỉ có tối đa hai chữ số thập phân."),
					containsString("id=\"rows2.points-error\">Số không hợp lệ"))));
		assertThat(count("self_assessment")).isZero();
	}

	@Test
	void oneBadRowAmongGoodOnesChangesNothingStored() throws Exception {
		selfAssess(MEMBER, "28", "18", "40").andExpect(status().isFound());

		selfAssess(MEMBER, "29", "19", "51").andExpect(status().isOk())
			.andExpect(content().string(containsString("Điểm phải từ 0 đến 50.")));

		assertThat(jdbc.queryForList(
				"select points from self_assessment where review_id = ? and unit_id = ? order by points",
				BigDecimal.class, review.reviewId(), caungang))
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("18"), new BigDecimal("28"), new BigDecimal("40"));
	}

	@Test
	void rowsThatDoNotMatchTheCriteriaAreABadRequest() throws Exception {
		mvc.perform(post("/reviews/{id}/self-assessment", review.reviewId())
			.param("rows[0].criterionId", id(review.criterion(2)))
			.param("rows[0].points", "10")
			.with(users.as(MEMBER))
			.with(csrf())).andExpect(status().isBadRequest());

		assertThat(count("self_assessment")).isZero();
	}

	@Test
	void aCellReasonOverItsLimitIsRefusedInTheCellNotCut() throws Exception {
		workflow.selfAssess(review.reviewId(), caungang, review.points(25), Map.of(), users.current(MEMBER));

		mvc.perform(post("/reviews/{id}/scores", review.reviewId()).header("HX-Request", "true")
			.param("unitId", id(caungang))
			.param("criterionId", id(review.criterion(1)))
			.param("points", "20")
			.param("reason", "r".repeat(1001))
			.param("version", "")
			.with(users.as(LEADER))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Độ dài tối đa 1.000 ký tự.")));

		assertThat(count("review_score")).isZero();
	}

	@Test
	void aSavedCellAnswersWithTheRankingTheHeatMapAndTheCellsLeftOutOfBand() throws Exception {
		cell(LEADER, caungang, 1, "27,5", "").andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"cells-left\" class=\"small text-body-secondary\" hx-swap-oob=\"true\""),
							containsString("Còn 9 ô chưa chấm điểm."),
							containsString("<section id=\"ranking\" class=\"mb-4\" hx-swap-oob=\"true\">"),
							containsString("<section id=\"heatmap\" class=\"mb-4\" hx-swap-oob=\"true\">"),
							containsString("27,5"))));
	}

	@Test
	void aReturnedCriterionShowsTheLeadersReasonToTheMember() throws Exception {
		workflow.selfAssess(review.reviewId(), caungang, review.points(30), Map.of(), users.current(MEMBER));

		act(LEADER, "/self-assessments/return", "unitId", id(caungang), "criterionId", id(review.criterion(1)),
				"reason", "Chưa có báo cáo thống kê kèm theo")
			.andExpect(flash().attribute("flashKey", "review.returned"));

		page(MEMBER)
			.andExpect(content().string(containsString("Cụm trưởng trả lại: Chưa có báo cáo thống kê kèm theo")));
		page(LEADER).andExpect(content().string(containsString("Tự đánh giá: 30 (đã trả lại)")));
	}

	@Test
	void aCellSavedThroughHtmxAnswersWithItsNewVersionOrItsError() throws Exception {
		cell(LEADER, caungang, 1, "31", "").andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Điểm phải từ 0 đến 30."), containsString("value=\"31\""))));
		cell(LEADER, caungang, 5, "6", "").andExpect(content().string(containsString("tối đa 5 điểm")));
		assertThat(count("review_score")).isZero();

		cell(LEADER, caungang, 1, "27,5", "").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Đã lưu"), containsString("value=\"27,5\""),
					containsString("name=\"version\" value=\"0\""))));
		cell(MEMBER, caungang, 2, "10", "").andExpect(status().isForbidden());
		cell("officer.nd", caungang, 2, "10", "").andExpect(status().isNotFound());
		assertThat(count("review_score")).isEqualTo(1);
	}

	@Test
	void withoutJavaScriptTheWholeGridIsSavedKeepingTheValidCellsAndShowingTheOthers() throws Exception {
		workflow.selfAssess(review.reviewId(), caungang, review.points(25), Map.of(), users.current(MEMBER));

		grid(new String[] { "28", "18", "14", "2", "0" }, new String[] { "22", "40", "13", "1", "1" })
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Đã lưu 8 ô; 2 ô chưa lưu được"),
					containsString("Điểm khác điểm tự đánh giá: hãy ghi lý do."),
					containsString("Điểm phải từ 0 đến 20."), containsString("value=\"40\""),
					containsString("value=\"22\""))));
		assertThat(count("review_score")).isEqualTo(8);

		grid(new String[] { "28", "18", "14", "2", "0" }, new String[] { "25", "19", "13", "1", "1" })
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashKey", "review.grid.saved"));
		assertThat(count("review_score")).isEqualTo(10);
		assertThat(jdbc.queryForObject("select max(version) from review_score where review_id = ?", Long.class,
				review.reviewId()))
			.as("unchanged cells are not saved again")
			.isZero();
	}

	@Test
	void finalisingAnIncompleteReviewSaysHowManyCellsAreMissing() throws Exception {
		workflow.score(review.reviewId(), caungang, review.criterion(1), BigDecimal.TEN, null, null,
				users.current(LEADER));

		act(LEADER, "/finalise", "version", "0").andExpect(redirectedUrl("/reviews/" + review.reviewId()))
			.andExpect(flash().attribute("flashErrorKey", "review.finalise.incomplete"));
	}

	@Test
	void aFinalisedYearEndReviewIsRankedProposedExportedAndReopened() throws Exception {
		CurrentUser leader = users.current(LEADER);
		double[][] table = { { 28, 18, 14, 3, 0 }, { 26, 19, 13, 2, 1 } };
		long[] members = { chauthanh, caungang };
		for (int m = 0; m < members.length; m++) {
			for (int c = 0; c < 5; c++) {
				workflow.score(review.reviewId(), members[m], review.criterion(c + 1), BigDecimal.valueOf(table[m][c]),
						null, null, leader);
			}
		}
		act(LEADER, "/finalise", "version", "0")
			.andExpect(flash().attribute("flashErrorKey", "review.finalise.unconfirmed"));
		act(LEADER, "/finalise", "version", "0", "confirmed", "true")
			.andExpect(flash().attribute("flashKey", "review.finalised"));

		page(LEADER).andExpect(content().string(allOf(containsString("Đề nghị Cờ thi đua"),
				containsString("Không hoàn thành"), not(containsString("id=\"grid\"")))));
		act(LEADER, "/proposals", "unitId", id(chauthanh), "kind", "EMULATION_FLAG")
			.andExpect(flash().attribute("flashKey", "review.proposed"));
		mvc.perform(get("/reviews/{id}/results", review.reviewId()).with(users.as(MEMBER)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-print"), containsString("Cờ thi đua"),
					containsString("KẾT QUẢ CHẤM ĐIỂM"))));

		byte[] workbook = mvc.perform(get("/reviews/{id}.xlsx", review.reviewId()).with(users.as(MEMBER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
			List<Sheet> sheets = read.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName).containsExactly("Xếp hạng", "Bảng điểm");
			Row first = sheets.get(0)
				.read()
				.stream()
				.filter(row -> "Huyện Châu Thành".equals(row.getCellText(3)))
				.findFirst()
				.orElseThrow();
			assertThat(first.getCellAsNumber(0).orElseThrow()).isEqualByComparingTo("1");
			assertThat(first.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("63");
			assertThat(first.getCellText(8)).isEqualTo("Không hoàn thành");
			assertThat(first.getCellText(9)).isEqualTo("Cờ thi đua");
			Row caungangScores = sheets.get(1)
				.read()
				.stream()
				.filter(row -> "Huyện Cầu Ngang".equals(row.getCellText(1)))
				.findFirst()
				.orElseThrow();
			assertThat(caungangScores.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("26");
			assertThat(caungangScores.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("59");
		}

		act(LEADER, "/reopen", "version", "1").andExpect(status().isForbidden());
		act(ReviewFixture.OFFICER, "/reopen", "version", "1")
			.andExpect(flash().attribute("flashKey", "review.reopened"));
		assertThat(jdbc.queryForObject("select status from review where id = ?", String.class, review.reviewId()))
			.isEqualTo("OPEN");
	}

	private ResultActions page(String username) throws Exception {
		return mvc.perform(get("/reviews/{id}", review.reviewId()).with(users.as(username)));
	}

	/** Posts to a route of the review, with parameters as name, value, name, value… */
	private ResultActions act(String username, String route, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post("/reviews/{id}" + route, review.reviewId());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request.with(users.as(username)).with(csrf()));
	}

	private ResultActions selfAssess(String username, String... points) throws Exception {
		return selfAssessWithEvidence(username, "Báo cáo số 12/BC-UBND", points);
	}

	/**
	 * Posts the self-assessment form as the page does: a row for each of the five
	 * criteria, the points given for the first ones, the evidence on the first.
	 */
	private ResultActions selfAssessWithEvidence(String username, String evidence, String... points) throws Exception {
		MockHttpServletRequestBuilder request = post("/reviews/{id}/self-assessment", review.reviewId());
		for (int i = 0; i < 5; i++) {
			request.param("rows[" + i + "].criterionId", id(review.criterion(i + 1)))
				.param("rows[" + i + "].points", i < points.length ? points[i] : "")
				.param("rows[" + i + "].evidence", i == 0 ? evidence : "");
		}
		return mvc.perform(request.with(users.as(username)).with(csrf()));
	}

	private ResultActions cell(String username, long unitId, int criterion, String points, String version)
			throws Exception {
		return mvc.perform(post("/reviews/{id}/scores", review.reviewId()).header("HX-Request", "true")
			.param("unitId", id(unitId))
			.param("criterionId", id(review.criterion(criterion)))
			.param("points", points)
			.param("reason", "")
			.param("version", version)
			.with(users.as(username))
			.with(csrf()));
	}

	/**
	 * Posts the whole grid as a browser without JavaScript does: five fields per cell.
	 */
	private ResultActions grid(String[] chauthanhPoints, String[] caungangPoints) throws Exception {
		MockHttpServletRequestBuilder request = post("/reviews/{id}/grid", review.reviewId());
		Map<Long, String[]> rows = Map.of(chauthanh, chauthanhPoints, caungang, caungangPoints);
		for (var row : rows.entrySet()) {
			for (int c = 0; c < 5; c++) {
				Long version = jdbc.query(
						"select version from review_score where review_id = ? and unit_id = ? and criterion_id = ?",
						rs -> rs.next() ? rs.getLong(1) : null, review.reviewId(), row.getKey(),
						review.criterion(c + 1));
				request.param("unitId", id(row.getKey()))
					.param("criterionId", id(review.criterion(c + 1)))
					.param("version", version == null ? "" : version.toString())
					.param("points", row.getValue()[c])
					.param("reason", "");
			}
		}
		return mvc.perform(request.with(users.as(LEADER)).with(csrf()));
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table + " where review_id = ?", Long.class,
				review.reviewId());
	}

	private static String id(long id) {
		return String.valueOf(id);
	}

}
