package vn.thidua.proposal;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quotas page on two provinces of this test's own: a province's administrator keeps
 * the quotas of their subtree (audited), every bad value is shown at once with nothing
 * saved, overlapping and stale edits are refused, another province neither sees nor
 * reaches them, and a quota that judged a proposal is only ended.
 */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class QuotaPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TreeFixture tree;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	String prefix;

	long province;

	long commune;

	RequestPostProcessor admin;

	RequestPostProcessor otherAdmin;

	RequestPostProcessor officer;

	@BeforeEach
	void provinces() {
		prefix = tree.prefix();
		LocalDate from = LocalDate.of(2000, 1, 1);
		province = tree.unit(tree.root(), prefix + "-P", "Tỉnh " + prefix, UnitKind.PROVINCE, from).getId();
		commune = tree.unit(province, prefix + "-X", "Xã " + prefix, UnitKind.COMMUNE, from).getId();
		tree.unit(tree.root(), prefix + "-Q", "Tỉnh Khác " + prefix, UnitKind.PROVINCE, from);
		String name = prefix.toLowerCase(Locale.ROOT);
		tree.account("qt." + name, prefix + "-P", Role.ADMIN);
		tree.account("qtk." + name, prefix + "-Q", Role.ADMIN);
		tree.account("cb." + name, prefix + "-P", Role.OFFICER);
		admin = users.as("qt." + name);
		otherAdmin = users.as("qtk." + name);
		officer = users.as("cb." + name);
	}

	@Test
	void theProvinceAdministratorAddsAQuotaOfTheirSubtreeAndItIsAudited() throws Exception {
		mvc.perform(create(prefix + "-X", "15", "01/01/2030", "").with(admin))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/quotas"))
			.andExpect(flash().attribute("flashKey", "quota.added"));
		long id = quotaOf(commune);
		assertThat(jdbc.sql("select ratio from award_quota where id = ?").param(id).query(String.class).single())
			.isEqualTo("0.1500");
		assertThat(jdbc
			.sql("select count(*) from audit_entry where entity_type = 'AwardQuota' and entity_id = ?"
					+ " and action = 'CREATE' and changes -> 'legalSource' is not null")
			.param(String.valueOf(id))
			.query(Integer.class)
			.single()).isEqualTo(1);

		mvc.perform(get("/quotas").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-quota=\"" + id + "\"")))
			.andExpect(content().string(containsString("15 %")))
			.andExpect(content().string(containsString("Làm tròn xuống")))
			.andExpect(content().string(containsString("Chặn")))
			.andExpect(content().string(containsString("/quotas/" + id + "/edit")));
		mvc.perform(get("/quotas").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-quota=\"" + id + "\"")))
			.andExpect(content().string(not(containsString("/quotas/" + id + "/edit"))));
		mvc.perform(get("/quotas").with(otherAdmin))
			.andExpect(content().string(not(containsString("data-quota=\"" + id + "\""))));
	}

	@Test
	void theQuotasInForceForAUnitNameItInRunningTextAndTheYearWithoutAThousandsSeparator() throws Exception {
		mvc.perform(get("/quotas").param("unit", prefix + "-X").param("year", "2025").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Định mức đang có hiệu lực cho xã " + prefix + ", năm 2025")));
	}

	@Test
	void everyBadValueIsShownAtOnceAndNothingIsSaved() throws Exception {
		mvc.perform(post("/quotas").param("scopeCode", prefix + "-Q")
			.param("awardType", "KHONG_CO")
			.param("basisType", "LDTT")
			.param("percent", "0")
			.param("maxCount", "-1")
			.param("minCount", "abc")
			.param("rounding", "FLOOR")
			.param("severity", "BLOCK")
			.param("effectiveFrom", "01/01/2030")
			.param("effectiveTo", "31/12/2029")
			.param("legalSource", "")
			.with(admin)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đơn vị " + prefix + "-Q nằm ngoài phạm vi bạn quản lý.")))
			.andExpect(content().string(containsString("Danh hiệu không có trong danh mục.")))
			.andExpect(content().string(containsString("Tỷ lệ phải lớn hơn 0 % và không quá 100 %")))
			.andExpect(content().string(containsString("id=\"maxCount-error\"")))
			.andExpect(content().string(containsString("id=\"minCount-error\"")))
			.andExpect(content().string(containsString("Ngày kết thúc không được trước ngày bắt đầu.")))
			.andExpect(content().string(containsString("Nhập căn cứ pháp lý")))
			.andExpect(content().string(containsString("value=\"abc\"")));
		mvc.perform(create(prefix + "-X", "100,5", "01/01/2030", "").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tỷ lệ phải lớn hơn 0 % và không quá 100 %")));
		mvc.perform(create("", "15", "01/01/2030", "").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ quản trị viên cấp trung ương")));
		assertThat(jdbc
			.sql("select count(*) from award_quota q join unit u on u.id = q.scope_unit_id" + " where u.code like ?")
			.param(prefix + "%")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anOverlappingQuotaOfTheSameScopeAndTypeIsRefused() throws Exception {
		mvc.perform(create(prefix + "-X", "15", "01/01/2030", "31/12/2031").with(admin))
			.andExpect(status().is3xxRedirection());
		mvc.perform(create(prefix + "-X", "20", "01/06/2031", "").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã có định mức cùng phạm vi và danh hiệu có hiệu lực trùng"
					+ " thời gian (01/01/2030 – 31/12/2031).")));
		mvc.perform(create(prefix + "-P", "20", "01/06/2031", "").with(admin)).andExpect(status().is3xxRedirection());
		mvc.perform(create(prefix + "-X", "20", "01/01/2032", "").with(admin)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aStaleEditIsRefusedAndAFreshOneAudited() throws Exception {
		mvc.perform(create(prefix + "-X", "15", "01/01/2030", "").with(admin)).andExpect(status().is3xxRedirection());
		long id = quotaOf(commune);
		mvc.perform(get("/quotas/" + id + "/edit").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"15\"")));
		mvc.perform(edit(id, "20", 1).with(admin)).andExpect(status().isConflict());
		mvc.perform(edit(id, "20", 0).with(admin)).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select ratio from award_quota where id = ?").param(id).query(String.class).single())
			.isEqualTo("0.2000");
		assertThat(jdbc
			.sql("select count(*) from audit_entry where entity_type = 'AwardQuota' and entity_id = ?"
					+ " and action = 'UPDATE' and changes -> 'ratio' is not null")
			.param(String.valueOf(id))
			.query(Integer.class)
			.single()).isEqualTo(1);
		mvc.perform(edit(id, "25", 0).with(admin)).andExpect(status().isConflict());
	}

	@Test
	void anotherProvinceAndOfficersCannotReachTheQuota() throws Exception {
		mvc.perform(create(prefix + "-X", "15", "01/01/2030", "").with(admin)).andExpect(status().is3xxRedirection());
		long id = quotaOf(commune);
		mvc.perform(get("/quotas/" + id + "/edit").with(otherAdmin)).andExpect(status().isNotFound());
		mvc.perform(edit(id, "50", 0).with(otherAdmin)).andExpect(status().isNotFound());
		mvc.perform(post("/quotas/" + id + "/end").param("lastDay", "31/12/2030")
			.param("version", "0")
			.with(otherAdmin)
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/quotas/new").with(officer)).andExpect(status().isForbidden());
		mvc.perform(edit(id, "50", 0).with(officer)).andExpect(status().isForbidden());
		mvc.perform(post("/quotas/" + id + "/delete").param("version", "0").with(officer).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select ratio from award_quota where id = ?").param(id).query(String.class).single())
			.isEqualTo("0.1500");
	}

	@Test
	void aQuotaThatJudgedAProposalIsOnlyEnded() throws Exception {
		mvc.perform(create(prefix + "-X", "15", "01/01/2020", "").with(admin)).andExpect(status().is3xxRedirection());
		long id = quotaOf(commune);
		long proposal = tree.submittedProposal(commune, commune, 2025, LocalDate.of(2025, 6, 20));
		jdbc.sql("""
				insert into proposal_event (proposal_id, status, actor, at) values (?, 'SUBMITTED', 'test',
				    timestamp with time zone '2025-06-20 10:00:00+07')
				""").param(proposal).update();
		long person = tree.person(commune, "Người " + prefix, LocalDate.of(1980, 1, 1));
		jdbc.sql("""
				insert into proposal_line (proposal_id, person_id, unit_id, subject_name, award_type_code, achievement,
				    outcome) values (?, ?, ?, 'Người', 'CSTDCS', 'Thành tích', 'PASSED')
				""").params(proposal, person, commune).update();

		mvc.perform(get("/quotas").with(admin))
			.andExpect(content().string(not(containsString("/quotas/" + id + "/edit"))))
			.andExpect(content().string(containsString("/quotas/" + id + "/end")))
			.andExpect(content().string(containsString("Đã dùng để xét đề nghị")));
		mvc.perform(get("/quotas/" + id + "/edit").with(admin)).andExpect(status().is(422));
		mvc.perform(post("/quotas/" + id + "/delete").param("version", "0").with(admin).with(csrf()))
			.andExpect(flash().attribute("flashErrorKey", "quota.judged"));
		mvc.perform(post("/quotas/" + id + "/end").param("lastDay", "31/12/2019")
			.param("version", "0")
			.with(admin)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Ngày cuối không được trước ngày bắt đầu hiệu lực (01/01/2020).")));
		mvc.perform(post("/quotas/" + id + "/end").param("lastDay", "31/12/2025")
			.param("version", "0")
			.with(admin)
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(
				jdbc.sql("select effective_to from award_quota where id = ?").param(id).query(LocalDate.class).single())
			.isEqualTo(LocalDate.of(2025, 12, 31));
	}

	private MockHttpServletRequestBuilder create(String scope, String percent, String from, String to) {
		return post("/quotas").param("scopeCode", scope)
			.param("awardType", "CSTDCS")
			.param("basisType", "LDTT")
			.param("percent", percent)
			.param("minCount", "0")
			.param("rounding", "FLOOR")
			.param("severity", "BLOCK")
			.param("effectiveFrom", from)
			.param("effectiveTo", to)
			.param("legalSource", "Quyết định số 1/2030/QĐ-UBND, Điều 3")
			.with(csrf());
	}

	private MockHttpServletRequestBuilder edit(long id, String percent, long version) {
		return post("/quotas/" + id).param("scopeCode", prefix + "-X")
			.param("awardType", "CSTDCS")
			.param("basisType", "LDTT")
			.param("percent", percent)
			.param("minCount", "0")
			.param("rounding", "FLOOR")
			.param("severity", "WARN")
			.param("effectiveFrom", "01/01/2030")
			.param("effectiveTo", "")
			.param("legalSource", "Quyết định số 2/2030/QĐ-UBND")
			.param("version", String.valueOf(version))
			.with(csrf());
	}

	private long quotaOf(long scope) {
		return jdbc.sql("select id from award_quota where scope_unit_id = ? order by id limit 1")
			.param(scope)
			.query(Long.class)
			.single();
	}

}
