package vn.thidua.award;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registry shows only the user's subtree: another province's officer finds nothing
 * and reaches no person page.
 */
@IntegrationTest
class RegistryScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anotherProvincesOfficerNeitherFindsNorOpensAPersonOfTraVinh() throws Exception {
		long person = jdbc.sql("select id from person where full_name = 'Kim Văn Thành'").query(Long.class).single();

		mvc.perform(get("/people/" + person).with(users.as("officer.nd"))).andExpect(status().isNotFound());
		mvc.perform(get("/registry").param("q", "kim van thanh").with(users.as("officer.nd")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Kim Văn Thành"))));
		mvc.perform(get("/registry").param("q", "kim van thanh").with(users.as("officer.tv")))
			.andExpect(content().string(containsString("Kim Văn Thành")));
	}

	@Test
	void anImpossibleYearIsRefusedWithItsReasonOnThePageAndInExports() throws Exception {
		for (String path : new String[] { "/registry", "/registry/export.xlsx" }) {
			mvc.perform(get(path).param("year", "99999").with(users.as("officer.tv")))
				.andExpect(status().is(422))
				.andExpect(content().string(containsString("Năm phải từ 1945 đến 2100.")));
		}
	}

	@Test
	void aPersonsVerdictIsJudgedInTheirOwnScopeWhoeverLooks() throws Exception {
		long person = jdbc.sql("select id from person where full_name = 'Kim Văn Thành'").query(Long.class).single();
		String source = "Quy định riêng của tỉnh " + System.nanoTime();
		// a rule of the province only: the person's province, not the administrator's
		// national unit
		jdbc.sql(
				"""
						insert into eligibility_rule (code, award_type_code, check_kind, parameters, legal_source, description,
						                              scope_unit_id, effective_from, severity)
						select ?, 'LDTT', 'AWARD_IN_YEAR', '{"awardType": "CSTD_TQ"}', ?, 'Thử', id, date '2024-01-01', 'WARNING'
						from unit where code = 'TV'
						""")
			.params("T_SCOPE_" + System.nanoTime() % 100000, source)
			.update();
		try {
			for (String viewer : new String[] { "admin", "officer.tv" }) {
				mvc.perform(get("/people/" + person).param("type", "LDTT").param("year", "2025").with(users.as(viewer)))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString(source)));
			}
		}
		finally {
			jdbc.sql("delete from eligibility_rule where legal_source = ?").param(source).update();
		}
	}

	@Test
	void aCollectivesHistoryShowsItsAwardsWithinScopeOnly() throws Exception {
		long chauThanh = jdbc.sql("select id from unit where code = 'TV-CT'").query(Long.class).single();

		mvc.perform(get("/registry/units/" + chauThanh).with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cờ thi đua")))
			.andExpect(content().string(containsString("250/QĐ-UBND")));
		mvc.perform(get("/registry/units/" + chauThanh).with(users.as("officer.nd"))).andExpect(status().isNotFound());
	}

	@Test
	void theRulesPageListsEverySeededRuleWithItsSource() throws Exception {
		mvc.perform(get("/rules").with(users.as("reporter.tv-cn")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("BK_TINH_LADDER")))
			.andExpect(content().string(containsString("Luật Thi đua, khen thưởng 2022, Điều 74")))
			.andExpect(content().string(containsString("Từ 01/01/2024")));
	}

	@Test
	void aForgedUnitOutsideTheScopeFallsBackToTheUsersOwnSubtree() throws Exception {
		mvc.perform(get("/registry").param("unit", "TV").with(users.as("officer.nd")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Sa Rươne"))));
	}

}
