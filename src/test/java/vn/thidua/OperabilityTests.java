package vn.thidua;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OperabilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorldUsers users;

	@Test
	void timesAreShownInVietnamsTimeWhateverZoneTheMachineHas() {
		org.assertj.core.api.Assertions.assertThat(java.util.TimeZone.getDefault().getID())
			.isEqualTo("Asia/Ho_Chi_Minh");
	}

	@Test
	void livenessAndReadinessAnswerAnyoneWithoutDetails() throws Exception {
		mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void metricsAreForAdministratorsOnly() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/actuator/prometheus").with(users.as("officer.tv"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/health").with(users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"));
	}

}
