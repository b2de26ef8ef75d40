package vn.thidua.integration;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The people API: a write key of a province lists, reads, creates and finds people of its
 * subtree, with personal identification numbers masked; another province's key sees
 * nothing of them; a read key is refused.
 */
@IntegrationTest
class PeopleApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TreeFixture fixture;

	@Autowired
	ApiKeyManagement keys;

	@Autowired
	WorldUsers users;

	final JsonMapper json = JsonMapper.builder().build();

	String p;

	String keyA;

	String keyB;

	@BeforeEach
	void twoProvinces() {
		signIn("admin");
		p = fixture.prefix();
		for (String province : new String[] { "A", "B" }) {
			long id = fixture
				.unit(fixture.root(), p + "-" + province, "Tỉnh " + province, UnitKind.PROVINCE,
						LocalDate.of(2020, 1, 1))
				.getId();
			fixture.unit(id, p + "-" + province + "-X", "Xã " + province, UnitKind.COMMUNE, LocalDate.of(2020, 1, 1));
		}
		keyA = keys.create("Hệ thống " + p + " A", p + "-A", ApiAccess.WRITE, users.current("admin")).secret();
		keyB = keys.create("Hệ thống " + p + " B", p + "-B", ApiAccess.WRITE, users.current("admin")).secret();
	}

	@Test
	void aWriteKeyCreatesListsReadsAndFindsPeopleWithMaskedNumbers() throws Exception {
		String number = "084185"
				+ String.format("%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
		String body = """
				{"fullName": "Nguyễn Thị Thuỷ %s", "birthDate": "1985-03-02", "sex": "FEMALE",
				 "unitCode": "%s-A-X", "personalId": "%s"}
				""".formatted(p, p, number);
		JsonNode created = json.readTree(mvc
			.perform(as(post("/api/v1/people"), keyA).header("Idempotency-Key", p + "-1")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.personalId").value("********" + number.substring(8)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		long id = created.get("id").asLong();
		mvc.perform(as(post("/api/v1/people"), keyA).header("Idempotency-Key", p + "-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.id").value(id));
		mvc.perform(as(get("/api/v1/people").param("name", "thuy " + p.toLowerCase()), keyA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(id))
			.andExpect(jsonPath("$.content[0].personalId").value("********" + number.substring(8)));
		mvc.perform(as(get("/api/v1/people/" + id), keyA)).andExpect(status().isOk());
		mvc.perform(as(post("/api/v1/people/lookup"), keyA).contentType(MediaType.APPLICATION_JSON)
			.content("{\"personalId\": \"" + number + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id));

		mvc.perform(as(get("/api/v1/people/" + id), keyB)).andExpect(status().isNotFound());
		mvc.perform(as(post("/api/v1/people/lookup"), keyB).contentType(MediaType.APPLICATION_JSON)
			.content("{\"personalId\": \"" + number + "\"}")).andExpect(status().isNotFound());
		mvc.perform(as(get("/api/v1/people").param("name", "thuy " + p.toLowerCase()), keyB))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").isEmpty());

		mvc.perform(as(post("/api/v1/people"), keyA).contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("Thuỷ", "Thủy").replace(number, "")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("api.people.namesakes"))
			.andExpect(jsonPath("$.namesakes[0].id").value(id));
	}

	@Test
	void badInputIsRefusedFieldByField() throws Exception {
		mvc.perform(as(post("/api/v1/people"), keyA).contentType(MediaType.APPLICATION_JSON).content("""
				{"fullName": "Lê Văn Tám %s", "birthDate": "1985-03-02", "sex": "MALE",
				 "unitCode": "%s-B-X", "personalId": "099185000001"}
				""".formatted(p, p)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'unitCode')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'personalId')]").exists());
		mvc.perform(as(get("/api/v1/people").param("cursor", "abc"), keyA)).andExpect(status().isBadRequest());
	}

	@Test
	void aReadKeyMayNotReadPeople() throws Exception {
		signIn("admin");
		String read = keys.create("Đọc " + p, p + "-A", ApiAccess.READ, users.current("admin")).secret();
		mvc.perform(as(get("/api/v1/people"), read)).andExpect(status().isForbidden());
	}

	private void signIn(String username) {
		var principal = users.principal(username);
		TestSecurityContextHolder.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, String key) {
		return request.header("Authorization", "Bearer " + key);
	}

}
