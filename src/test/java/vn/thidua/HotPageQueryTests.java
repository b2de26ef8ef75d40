package vn.thidua;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.DemoUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.QueryCount;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lists cost a fixed number of queries, however many rows they show: no query per row.
 */
@IntegrationTest
class HotPageQueryTests {

	private static final long MAX_QUERIES_PER_PAGE = 12;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	UnitManagement units;

	@Autowired
	UnitCatalog catalog;

	@Test
	@WithMockUser(roles = "OFFICER")
	void aUnitPageCostsTheSameQueriesForThreeOrThirtyChildren() throws Exception {
		CurrentUser officer = users.current("canbo.travinh");
		Unit parent = units.create(catalog.findActiveByCode("TV").orElseThrow().id(),
				new UnitDetails("Q-PARENT", "Huyện Đếm Truy Vấn", UnitKind.DISTRICT, LocalDate.of(2020, 1, 1)),
				officer);
		addChildren(parent, 0, 3, officer);
		long withThree = queriesFor("/units/" + parent.getId(), "canbo.travinh");

		addChildren(parent, 3, 30, officer);
		long withThirty = queriesFor("/units/" + parent.getId(), "canbo.travinh");

		assertThat(withThree).as("statements are counted").isPositive();
		assertThat(withThirty).isEqualTo(withThree).isLessThanOrEqualTo(MAX_QUERIES_PER_PAGE);
	}

	@Test
	void theAccountListAndTheAuditLogCostAFixedNumberOfQueries() throws Exception {
		assertThat(queriesFor("/accounts", "admin")).isLessThanOrEqualTo(MAX_QUERIES_PER_PAGE);
		assertThat(queriesFor("/audit", "admin")).isLessThanOrEqualTo(MAX_QUERIES_PER_PAGE);
		assertThat(queriesFor("/units?q=xa", "admin")).isLessThanOrEqualTo(MAX_QUERIES_PER_PAGE);
	}

	private long queriesFor(String path, String username) throws Exception {
		var user = users.as(username);
		QueryCount.reset();
		mvc.perform(get(path).with(user)).andExpect(status().isOk());
		return QueryCount.total();
	}

	private void addChildren(Unit parent, int from, int to, CurrentUser officer) {
		var principal = users.principal(officer.username());
		TestSecurityContextHolder.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		for (int i = from; i < to; i++) {
			units.create(parent.getId(),
					new UnitDetails("Q-CHILD-" + i, "Xã Số " + i, UnitKind.COMMUNE, LocalDate.of(2020, 1, 1)), officer);
		}
	}

}
