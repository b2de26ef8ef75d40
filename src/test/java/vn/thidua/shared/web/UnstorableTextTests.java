package vn.thidua.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UnstorableTextTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorldUsers users;

	@Autowired
	TreeFixture tree;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitCatalog catalog;

	private long province() {
		return catalog.findActiveByCode("TV").orElseThrow().id();
	}

	@Test
	void aNameHoldingANulOrADirectionOverrideGetsAFieldMessageAndNothingIsStored() throws Exception {
		for (String name : new String[] { "Xã \u0000Mỹ Hòa", "Xã \u202EaòH ỹM" }) {
			String code = tree.prefix();
			mvc.perform(post("/units").with(users.as("officer.tv"))
				.with(csrf())
				.param("parentId", String.valueOf(province()))
				.param("code", code)
				.param("name", name)
				.param("kind", "COMMUNE")
				.param("validFrom", "01/07/2025"))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("ký tự không lưu được")));
			assertThat(jdbc.sql("select count(*) from unit where code = ?").param(code).query(Long.class).single())
				.isZero();
		}
	}

	@Test
	void aSearchHoldingANulIsABadRequestNotAServerError() throws Exception {
		mvc.perform(get("/registry").param("q", "Nguy\u0000ễn").with(users.as("officer.tv")))
			.andExpect(status().isBadRequest());
	}

	@Test
	@org.springframework.security.test.context.support.WithMockUser(roles = "ADMIN")
	void aPercentOrUnderscoreInASearchMatchesItself() {
		String prefix = tree.prefix();
		var parent = tree.unit(province(), prefix, "Huyện Thử " + prefix, vn.thidua.unit.UnitKind.DISTRICT,
				java.time.LocalDate.of(2020, 1, 1));
		tree.unit(parent.getId(), prefix + "-1", "Xã 100% Thử", vn.thidua.unit.UnitKind.COMMUNE,
				java.time.LocalDate.of(2020, 1, 1));
		tree.unit(parent.getId(), prefix + "-2", "Xã 1000 Thử", vn.thidua.unit.UnitKind.COMMUNE,
				java.time.LocalDate.of(2020, 1, 1));
		var root = catalog.get(parent.getId());

		assertThat(catalog.search(root, "100%", false, org.springframework.data.domain.PageRequest.of(0, 10)))
			.extracting(vn.thidua.unit.UnitRow::name)
			.containsExactly("Xã 100% Thử");
		assertThat(catalog.search(root, "_", false, org.springframework.data.domain.PageRequest.of(0, 10))).isEmpty();
	}

	@Test
	void textIsStoredInNfc() throws Exception {
		String code = tree.prefix();
		String decomposed = java.text.Normalizer.normalize("Xã Mỹ Hòa", java.text.Normalizer.Form.NFD);
		mvc.perform(post("/units").with(users.as("officer.tv"))
			.with(csrf())
			.param("parentId", String.valueOf(province()))
			.param("code", code)
			.param("name", decomposed)
			.param("kind", "COMMUNE")
			.param("validFrom", "01/07/2025")).andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select name from unit where code = ?").param(code).query(String.class).single())
			.isEqualTo("Xã Mỹ Hòa");
	}

}
