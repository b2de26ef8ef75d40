package vn.thidua.award;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.unit.UnitCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules pages: what each reader sees, who opens the forms, every bad value shown at
 * once with nothing saved, values the pages never send refused, and a stale end refused.
 * Rules written here start in 2099, so the test world's verdicts stay as they are.
 */
@IntegrationTest
@WithMockUser(username = "quantri.travinh", roles = "ADMIN")
class RulePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	@Autowired
	JdbcClient jdbc;

	long traVinh;

	String suffix;

	@BeforeEach
	void traVinh() {
		traVinh = units.findActiveByCode("TV").orElseThrow().id();
		suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
	}

	@Test
	void everyoneReadsTheRulesWithScopeAndStatusWhileOnlyAdministratorsGetTheButtons() throws Exception {
		long national = seeded("LDTT_RATING");
		mvc.perform(get("/rules").with(users.as("reporter.tv-cn")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Toàn quốc")))
			.andExpect(content().string(containsString("Đang có hiệu lực")))
			.andExpect(content().string(containsString("Xếp loại tối thiểu:")))
			.andExpect(content().string(not(containsString("Thêm quy định"))))
			.andExpect(content().string(not(containsString("/rules/" + national + "/"))))
			.andExpect(content().string(not(containsString("<code>LDTT_RATING</code>"))))
			.andExpect(content().string(not(containsString("chưa đối chiếu"))));

		mvc.perform(get("/rules").with(users.as("admin")))
			.andExpect(content().string(containsString("<code>LDTT_RATING</code>")))
			.andExpect(content().string(containsString("Chưa đối chiếu được với văn bản: Tiền thưởng hệ số 2,0")));
		mvc.perform(get("/rules").with(users.as("admin")))
			.andExpect(content().string(containsString("Thêm quy định")))
			.andExpect(content().string(containsString("/rules/" + national + "/end")))
			.andExpect(content().string(not(containsString("/rules/" + national + "/override"))));

		mvc.perform(get("/rules").with(traVinhAdmin()))
			.andExpect(content().string(containsString("/rules/" + national + "/override")))
			.andExpect(content().string(not(containsString("/rules/" + national + "/end"))));
	}

	@Test
	void onlyAdministratorsOpenOrSendTheRuleForms() throws Exception {
		long national = seeded("LDTT_RATING");
		RequestPostProcessor officer = users.as("officer.tv");
		mvc.perform(get("/rules/new").with(officer)).andExpect(status().isForbidden());
		mvc.perform(post("/rules").param("checkKind", "RATING_IN_YEAR").with(officer).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/rules/" + national + "/end").with(officer)).andExpect(status().isForbidden());
		mvc.perform(end(national, "31/12/2099", 0).with(officer)).andExpect(status().isForbidden());
		mvc.perform(get("/rules/" + national + "/override").with(officer)).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select effective_to from eligibility_rule where id = ?")
			.param(national)
			.query(LocalDate.class)
			.optional()).isEmpty();
	}

	@Test
	void theKindComesFirstAndThenItsOwnFields() throws Exception {
		mvc.perform(get("/rules/new").with(traVinhAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quy định này kiểm tra điều gì?")))
			.andExpect(content().string(containsString("Quy định áp dụng cho tỉnh Trà Vinh")))
			.andExpect(content().string(not(containsString("value=\"LADDER_EXCLUDES_KINDS\""))));
		mvc.perform(get("/rules/new").param("checkKind", "INITIATIVE_IN_YEARS").with(traVinhAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"parameters[minInfluence]\"")))
			.andExpect(content().string(containsString("name=\"parameters[years]\"")))
			.andExpect(content().string(not(containsString("name=\"parameters[minRating]\""))));
		mvc.perform(get("/rules/new").param("checkKind", "LADDER_EXCLUDES_KINDS").with(traVinhAdmin()))
			.andExpect(content().string(containsString("Quy định này kiểm tra điều gì?")));
	}

	@Test
	void everyBadValueIsShownAtOnceAndNothingIsSaved() throws Exception {
		String code = "BAD_PAGE_" + suffix;
		mvc.perform(post("/rules").param("code", code)
			.param("checkKind", "INITIATIVE_IN_YEARS")
			.param("parameters[minInfluence]", "PROVINCE")
			.param("parameters[years]", "abc")
			.param("parameters[count]", "")
			.param("description", "")
			.param("legalSource", "Quyết định số 12/2026/QĐ-UBND")
			.param("effectiveFrom", "31/02/2099")
			.param("severity", "BLOCKING")
			.with(traVinhAdmin())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phải là số nguyên từ 1 đến 30.")))
			.andExpect(content().string(containsString("Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy.")))
			.andExpect(content().string(containsString("id=\"parameter-count-error\"")))
			.andExpect(content().string(containsString("id=\"description-error\"")))
			.andExpect(content().string(containsString("value=\"abc\"")));

		mvc.perform(ratingRule(code, "01/01/2099").param("effectiveTo", "31/12/2098"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Ngày cuối cùng có hiệu lực không được trước ngày bắt đầu có hiệu lực.")));
		assertThat(
				jdbc.sql("select count(*) from eligibility_rule where code = ?").param(code).query(Long.class).single())
			.isZero();
	}

	@Test
	void valuesThePagesNeverSendAreRefusedBeforeAnythingRuns() throws Exception {
		mvc.perform(post("/rules").param("code", "X_" + suffix)
			.param("checkKind", "KHONG_CO")
			.param("severity", "BLOCKING")
			.with(traVinhAdmin())
			.with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(post("/rules").param("code", "X_" + suffix)
			.param("checkKind", "LADDER_EXCLUDES_KINDS")
			.param("severity", "BLOCKING")
			.with(traVinhAdmin())
			.with(csrf())).andExpect(status().isBadRequest());
	}

	@Test
	void aRuleIsAddedThenEndedAndAnEndFromAStalePageChangesNothing() throws Exception {
		String code = "PAGE_" + suffix;
		mvc.perform(ratingRule(code, "01/01/2099"))
			.andExpect(redirectedUrl("/rules"))
			.andExpect(flash().attribute("flashKey", "rule.added"));
		long id = jdbc.sql("select id from eligibility_rule where code = ?").param(code).query(Long.class).single();

		mvc.perform(end(id, "31/12/2099", 1).with(traVinhAdmin())).andExpect(status().isConflict());
		mvc.perform(end(id, "31/12/2098", 0).with(traVinhAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không được trước ngày bắt đầu có hiệu lực (01/01/2099)")));
		assertThat(jdbc.sql("select effective_to from eligibility_rule where id = ?")
			.param(id)
			.query(LocalDate.class)
			.optional()).isEmpty();

		mvc.perform(end(id, "31/12/2099", 0).with(traVinhAdmin()))
			.andExpect(redirectedUrl("/rules"))
			.andExpect(flash().attribute("flashKey", "rule.ended"));
		mvc.perform(end(id, "31/12/2099", 1).with(users.as("admin")))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("không thuộc phạm vi của bạn")));
		mvc.perform(end(id, "31/12/2099", 1).with(adminOf("ND"))).andExpect(status().isNotFound());
	}

	@Test
	void anOverrideStartsFromTheRuleAboveAndIsSavedWithIt() throws Exception {
		long national = seeded("LDTT_RATING");
		mvc.perform(get("/rules/" + national + "/override").with(traVinhAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"LDTT_RATING_TV\"")))
			.andExpect(content().string(containsString("<option value=\"GOOD\" selected=\"selected\">")))
			.andExpect(content().string(containsString("Luật Thi đua, khen thưởng 2022, Điều 24")));

		mvc.perform(get("/rules/" + seeded("TTLDXS_MEMBERS_LDTT") + "/override").with(traVinhAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"parameters[percent]\" value=\"70\"")))
			.andExpect(
					content().string(containsString("<option value=\"false\" selected=\"selected\">Không</option>")));

		String code = "LDTT_RATING_TV_" + suffix;
		mvc.perform(post("/rules/" + national + "/override").param("code", code)
			.param("awardType", "LDTT")
			.param("checkKind", "RATING_IN_YEAR")
			.param("parameters[minRating]", "EXCELLENT")
			.param("description", "Trà Vinh: hoàn thành xuất sắc nhiệm vụ.")
			.param("legalSource", "Quyết định số 12/2026/QĐ-UBND tỉnh Trà Vinh")
			.param("effectiveFrom", "01/01/2099")
			.param("severity", "BLOCKING")
			.param("version", String.valueOf(version(national)))
			.with(traVinhAdmin())
			.with(csrf())).andExpect(redirectedUrl("/rules"));

		Map<String, Object> saved = jdbc.sql(
				"select overrides_rule_id, scope_unit_id, parameters->>'minRating' as rating from eligibility_rule where code = ?")
			.param(code)
			.query()
			.singleRow();
		assertThat(saved).containsEntry("overrides_rule_id", national)
			.containsEntry("scope_unit_id", traVinh)
			.containsEntry("rating", "EXCELLENT");
		mvc.perform(get("/rules").with(traVinhAdmin()))
			.andExpect(content().string(containsString("Thay thế quy định LDTT_RATING trong phạm vi này.")))
			.andExpect(content().string(containsString("Được thay thế bởi ")));
		mvc.perform(get("/rules").with(users.as("officer.tv")))
			.andExpect(content().string(containsString("Thay thế quy định cùng loại của cấp trên trong phạm vi này.")))
			.andExpect(content().string(not(containsString("Thay thế quy định LDTT_RATING"))))
			.andExpect(content().string(not(containsString("<code>"))));
		mvc.perform(get("/rules").with(users.as("officer.nd"))).andExpect(content().string(not(containsString(code))));
	}

	/**
	 * Trà Vinh's administrator adds a rule that Advanced Workers be rated excellent.
	 */
	private MockHttpServletRequestBuilder ratingRule(String code, String effectiveFrom) {
		return post("/rules").param("code", code)
			.param("awardType", "LDTT")
			.param("checkKind", "RATING_IN_YEAR")
			.param("parameters[minRating]", "EXCELLENT")
			.param("description", "Lao động tiên tiến phải hoàn thành xuất sắc nhiệm vụ.")
			.param("legalSource", "Quyết định số 12/2026/QĐ-UBND")
			.param("effectiveFrom", effectiveFrom)
			.param("severity", "WARNING")
			.with(traVinhAdmin())
			.with(csrf());
	}

	private static MockHttpServletRequestBuilder end(long id, String lastDay, long version) {
		return post("/rules/" + id + "/end").param("lastDay", lastDay)
			.param("version", String.valueOf(version))
			.with(csrf());
	}

	private RequestPostProcessor traVinhAdmin() {
		return adminOf("TV");
	}

	private RequestPostProcessor adminOf(String unitCode) {
		CurrentUser admin = new CurrentUser(0, "quantri." + unitCode.toLowerCase(Locale.ROOT), "Quản trị " + unitCode,
				units.findActiveByCode(unitCode).orElseThrow().id(), Set.of(Role.ADMIN));
		return user(new SignedInUser(admin, "{noop}x", true, true, false));
	}

	private long seeded(String code) {
		return jdbc.sql("select id from eligibility_rule where code = ?").param(code).query(Long.class).single();
	}

	private long version(long id) {
		return jdbc.sql("select version from eligibility_rule where id = ?").param(id).query(Long.class).single();
	}

}
