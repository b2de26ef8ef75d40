package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.unit.UnitCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A draft movement's target can be corrected through its form; a stale form, a launched
 * movement or another role changes nothing.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class TargetEditingTests {

	@Autowired
	MovementManagement management;

	@Autowired
	MockMvc mvc;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	CurrentUser officer;

	long movementId;

	long targetId;

	@BeforeEach
	void aDraftWithOneTarget() {
		officer = users.current("officer.tv");
		long traVinh = units.findActiveByCode("TV").orElseThrow().id();
		movementId = management
			.create(new MovementDraft("T-EDIT-" + Long.toString(System.nanoTime(), 36), traVinh, "UBND tỉnh Trà Vinh",
					null, MovementKind.REGULAR, null, null, LocalDate.of(2025, 1, 1), ReportingFrequency.YEARLY, 15,
					"Thi đua sửa chỉ tiêu", LocalDate.of(2026, 12, 31), traVinh, null, null, null, null), officer)
			.getId();
		targetId = management
			.addTarget(movementId, version(),
					new TargetDefinition("Kinh tế", "Tổng giá trị sản xuất", TargetKind.QUANTITATIVE, "tỷ đồng",
							Direction.HIGHER_IS_BETTER, new BigDecimal("72580"), null, BigDecimal.ONE),
					officer)
			.getId();
	}

	@Test
	void theEditFormShowsTheValuesTheVietnameseWayAndSavesTheCorrection() throws Exception {
		mvc.perform(get("/movements/" + movementId + "/targets/" + targetId + "/edit").with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"72.580\"")));

		mvc.perform(change("80.000,5", version()).with(users.as("officer.tv"))).andExpect(status().isFound());

		assertThat(plan()).isEqualByComparingTo("80000.5");
	}

	@Test
	void aStaleFormALaunchedMovementOrAReporterChangeNothing() throws Exception {
		long stale = version();
		management.changeTarget(movementId, stale, targetId,
				new TargetDefinition("Kinh tế", "Giá trị sản xuất", TargetKind.QUANTITATIVE, "tỷ đồng",
						Direction.HIGHER_IS_BETTER, new BigDecimal("75000"), null, BigDecimal.ONE),
				officer);
		mvc.perform(change("90.000", stale).with(users.as("officer.tv"))).andExpect(status().isConflict());

		mvc.perform(change("90.000", version()).with(users.as("reporter.tv-cn"))).andExpect(status().isForbidden());

		var principal = users.principal("officer.tv");
		TestSecurityContextHolder.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		management.advance(movementId, version(), MovementStatus.LAUNCHED,
				new StepRecord(LocalDate.of(2025, 1, 2), null, null, null), null, true, officer);
		mvc.perform(change("90.000", version()).with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không thể thêm, sửa hay xóa chỉ tiêu")));

		assertThat(plan()).isEqualByComparingTo("75000");
	}

	private MockHttpServletRequestBuilder change(String plan, long version) {
		return post("/movements/" + movementId + "/targets/" + targetId).param("fieldName", "Kinh tế")
			.param("name", "Tổng giá trị sản xuất")
			.param("kind", "QUANTITATIVE")
			.param("measure", "tỷ đồng")
			.param("direction", "HIGHER_IS_BETTER")
			.param("planValue", plan)
			.param("weight", "1")
			.param("version", String.valueOf(version))
			.with(csrf());
	}

	private long version() {
		return management.show(movementId, officer).getVersion();
	}

	private BigDecimal plan() {
		return management.show(movementId, officer).target(targetId).getPlanValue();
	}

}
