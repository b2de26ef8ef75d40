package vn.thidua.integration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.thidua.account.BoardMember;
import vn.thidua.audit.AuditFilter;
import vn.thidua.audit.AuditLog;
import vn.thidua.award.AwardEntry;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardRegistry;
import vn.thidua.proposal.Ballot;
import vn.thidua.proposal.BoardSession;
import vn.thidua.proposal.BoardVoting;
import vn.thidua.proposal.Decisions;
import vn.thidua.proposal.LineDecision;
import vn.thidua.proposal.Proposal;
import vn.thidua.proposal.ProposalLine;
import vn.thidua.proposal.ProposalReview;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalFixture;
import vn.thidua.support.QueryCount;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.ProposalFixture.unique;

/**
 * The integration API against the real database: keys, scope, validation, pagination,
 * rate limits, the proposal round and its audit trail, and the OpenAPI description.
 */
@IntegrationTest
class IntegrationApiTests {

	private static final String PROBLEM = "application/problem+json";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiKeyManagement keys;

	@Autowired
	ApiKeyAuthentication authentication;

	@Autowired
	Clock clock;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitManagement unitManagement;

	@Autowired
	UnitCatalog units;

	@Autowired
	AwardRegistry registry;

	@Autowired
	ProposalFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProposalReview review;

	@Autowired
	BoardVoting voting;

	@Autowired
	Decisions decisions;

	@Autowired
	AuditLog audit;

	@LocalServerPort
	int port;

	@Value("${spring.servlet.multipart.max-file-size}")
	DataSize maxFileSize;

	@Value("${thidua.api.requests-per-minute}")
	int requestsPerMinute;

	@Test
	void aKeysUseIsNotedAtMostOncePerMinute() {
		String key = key("TV", ApiAccess.READ);
		long id = authentication.authenticate(key).orElseThrow().keyId();
		Instant first = lastUsed(id);
		assertThat(first).isCloseTo(clock.instant(), within(1, ChronoUnit.MINUTES));

		jdbc.sql("update api_key set last_used_at = last_used_at - interval '30 seconds' where id = ?")
			.param(id)
			.update();
		authentication.forgetAfterCommit();
		Instant halfAMinuteAgo = lastUsed(id);
		assertThat(authentication.authenticate(key)).isPresent();
		assertThat(lastUsed(id)).as("used again within the minute: not written").isEqualTo(halfAMinuteAgo);

		jdbc.sql("update api_key set last_used_at = last_used_at - interval '2 minutes' where id = ?")
			.param(id)
			.update();
		authentication.forgetAfterCommit();
		assertThat(authentication.authenticate(key)).isPresent();
		assertThat(lastUsed(id)).as("a minute later: noted").isAfter(halfAMinuteAgo);
		assertThat(authentication.authenticate(key.replace("td_", "xx_"))).isEmpty();
	}

	@Test
	void aKnownKeyIsNotReadAgainWhileItIsKeptAndARevokedOneIsRefusedAtOnce() {
		String key = key("TV", ApiAccess.READ);
		long id = authentication.authenticate(key).orElseThrow().keyId();

		QueryCount.reset();
		assertThat(authentication.authenticate(key)).isPresent();
		assertThat(QueryCount.total()).as("kept: neither read nor noted again").isZero();

		signIn("admin");
		keys.revoke(id, keys.show(id, users.current("admin")).getVersion(), users.current("admin"));
		assertThat(authentication.authenticate(key)).isEmpty();
	}

	private Instant lastUsed(long id) {
		return jdbc.sql("select last_used_at from api_key where id = ?")
			.param(id)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	@Test
	void aRequestWithoutAKeyWithAWrongKeyOrWithARevokedKeyIsUnauthorizedAsAProblem() throws Exception {
		String key = key("TV", ApiAccess.READ);
		TestSecurityContextHolder.clearContext();
		mvc.perform(get("/api/v1/units"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value(containsString("Cần khóa API")));
		mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + key + "x"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Khóa API không đúng hoặc đã bị thu hồi."));
		mvc.perform(get("/api/v1/units").header("X-API-Key", "td_nothing_here")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/units/TV").header("X-API-Key", key)).andExpect(status().isOk());

		long id = authentication.authenticate(key).orElseThrow().keyId();
		signIn("admin");
		keys.revoke(id, keys.show(id, users.current("admin")).getVersion(), users.current("admin"));
		mvc.perform(get("/api/v1/units/TV").header("Authorization", "Bearer " + key))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
	}

	@Test
	void aReadKeyCannotWrite() throws Exception {
		String key = key("TV-CN-MH", ApiAccess.READ);
		mvc.perform(post("/api/v1/proposals").header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.detail").value("Khóa này không được phép thực hiện thao tác này."));
	}

	@Test
	void aDistrictsKeyNeitherSeesNorListsAnotherDistrictsUnitsProposalsOrAwards() throws Exception {
		Proposal myHoa = fixture.draft(unique("Ngoài phạm vi"), List.of(fixture.eligible(unique("Kim Văn Phạm Vi"))));
		String chauThanh = key("TV-CT", ApiAccess.READ);
		String cauNgang = key("TV-CN", ApiAccess.READ);

		mvc.perform(as(get("/api/v1/units/TV-CN-MH"), chauThanh))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.detail").value("Không có dữ liệu này trong phạm vi của khóa."));
		mvc.perform(as(get("/api/v1/units/TV"), chauThanh)).andExpect(status().isNotFound());
		mvc.perform(as(get("/api/v1/units").param("size", "100"), chauThanh))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].code").value(hasItem("TV-CT-DL")))
			.andExpect(jsonPath("$.content[*].code").value(not(hasItem("TV-CN-MH"))))
			.andExpect(jsonPath("$.content[?(@.code == 'TV-CT')].parentCode").value(hasItem((Object) null)));
		mvc.perform(as(get("/api/v1/proposals/" + myHoa.getId()), chauThanh)).andExpect(status().isNotFound());
		mvc.perform(as(get("/api/v1/proposals").param("size", "100"), chauThanh))
			.andExpect(jsonPath("$.content[*].id").value(not(hasItem(myHoa.getId().intValue()))));
		mvc.perform(as(get("/api/v1/proposals/" + myHoa.getId()), cauNgang))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].check").value("PASSED"));
		mvc.perform(as(get("/api/v1/awards").param("unit", "TV-CN-MH"), chauThanh)).andExpect(status().isNotFound());
		MvcResult awards = mvc.perform(as(get("/api/v1/awards").param("size", "100"), chauThanh))
			.andExpect(status().isOk())
			.andReturn();
		List<String> codes = JsonPath.read(awards.getResponse().getContentAsString(), "$.content[*].unitCode");
		assertThat(codes).allMatch(code -> code.startsWith("TV-CT"));
	}

	@Test
	void invalidInputIsRefusedWithEachFieldsMessageInVietnameseOrEnglishAndNothingIsCreated() throws Exception {
		String key = key("TV-CN-MH", ApiAccess.WRITE);
		String body = """
				{"title": " ", "year": 3000, "kind": "MERIT", "decidingUnitCode": "TV",
				 "lines": [{"personId": 1, "unitCode": "TV-CN-MH", "awardType": "BK_TINH", "achievement": ""}]}
				""";
		mvc.perform(as(post("/api/v1/proposals"), key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value(hasItem("Không được để trống.")))
			.andExpect(jsonPath("$.errors[?(@.field == 'year')].message").value(hasItem("Không được lớn hơn 2100.")))
			.andExpect(jsonPath("$.errors[?(@.field == 'lines[0].achievement')].message")
				.value(hasItem("Không được để trống.")))
			.andExpect(jsonPath("$.errors[?(@.field == 'lines[0].oneSubject')]").isNotEmpty());
		mvc.perform(as(post("/api/v1/proposals"), key).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Bad request"))
			.andExpect(jsonPath("$.errors[?(@.field == 'year')].message").value(hasItem("Must be at most 2100.")));
		mvc.perform(as(get("/api/v1/units").param("size", "101").param("kind", "TOWN"), key))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(as(get("/api/v1/units").param("size", "101"), key))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(as(get("/api/v1/proposals").param("status", "DRAFT").param("size", "100"), key))
			.andExpect(jsonPath("$.content[?(@.title == ' ')]").isEmpty());
	}

	@Test
	void theApisLineCheckSaysWhatThePageSaysInTheRequestsLanguage() throws Exception {
		Proposal proposal = fixture.draft(unique("Cùng lời"),
				List.of(fixture.ineligible(unique("Thạch Văn Cùng Lời"))));
		String key = key("TV-CN", ApiAccess.READ);

		String vi = mvc.perform(as(get("/api/v1/proposals/" + proposal.getId()), key))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].check").value("BLOCKED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> messages = JsonPath.read(vi, "$.lines[0].rules[*].message");
		List<String> sources = JsonPath.read(vi, "$.lines[0].rules[?(@.passed == false)].legalSource");
		assertThat(messages).anySatisfy(message -> assertThat(message).startsWith("Chưa đủ 2 năm liên tục"));
		assertThat(sources).isNotEmpty();
		String page = mvc.perform(get("/proposals/" + proposal.getId()).with(users.as(ProposalFixture.PROPOSER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(messages).allSatisfy(message -> assertThat(page).contains(escaped(message)));
		assertThat(sources).allSatisfy(source -> assertThat(page).contains(escaped(source)));

		String en = mvc.perform(as(get("/api/v1/proposals/" + proposal.getId()), key).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> english = JsonPath.read(en, "$.lines[0].rules[*].message");
		assertThat(english).anySatisfy(message -> assertThat(message).startsWith("Not 2 consecutive years"));
		assertThat(JsonPath.<List<String>>read(en, "$.lines[0].rules[*].rule"))
			.isEqualTo(JsonPath.<List<String>>read(vi, "$.lines[0].rules[*].rule"));
	}

	@Test
	void aProvincesKeyReadsItsMovementWithTargetsAndItsClustersFinalisedRanking() throws Exception {
		String travinh = key("TV", ApiAccess.READ);
		String namdinh = key("ND", ApiAccess.READ);
		String movements = mvc.perform(as(get("/api/v1/movements").param("year", "2023").param("size", "100"), travinh))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> economy = JsonPath.read(movements, "$.content[?(@.code == 'TV-KTXH-2021')].id");
		assertThat(economy).hasSize(1);
		mvc.perform(as(get("/api/v1/movements/" + economy.getFirst()), travinh))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.movement.startDate").value("2021-01-01"))
			.andExpect(jsonPath("$.targets[0].name").isString());
		mvc.perform(as(get("/api/v1/movements/" + economy.getFirst()), namdinh)).andExpect(status().isNotFound());

		String clusters = mvc.perform(as(get("/api/v1/clusters").param("size", "100"), travinh))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> clusterOne = JsonPath.read(clusters, "$.content[?(@.code == 'TV-CTD1')].id");
		assertThat(clusterOne).hasSize(1);
		mvc.perform(as(get("/api/v1/clusters/" + clusterOne.getFirst() + "/years/2023/reviews"), travinh))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.period == 'YEAR_END')].ranking[0].unitCode").value(hasItem("TV-CT")))
			.andExpect(jsonPath("$[?(@.period == 'YEAR_END')].ranking[0].total").value(hasItem(96.0)))
			.andExpect(
					jsonPath("$[?(@.period == 'YEAR_END')].ranking[0].proposed[0]").value(hasItem("EMULATION_FLAG")));
		mvc.perform(as(get("/api/v1/clusters/" + clusterOne.getFirst() + "/years/2023/reviews"), namdinh))
			.andExpect(status().isNotFound());
	}

	@Test
	void malformedJsonAndValuesOfTheWrongTypeAreBadRequestProblems() throws Exception {
		String key = key("TV-CN-MH", ApiAccess.WRITE);
		mvc.perform(as(post("/api/v1/proposals"), key).contentType(MediaType.APPLICATION_JSON).content("{\"title\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.detail").value("Nội dung JSON không đọc được."));
		mvc.perform(as(post("/api/v1/proposals"), key).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Đề nghị\", \"year\": \"năm nay\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		long before = jdbc.sql("select count(*) from award_proposal").query(Long.class).single();
		mvc.perform(as(post("/api/v1/proposals"), key).contentType(MediaType.APPLICATION_JSON).content("""
				{"title": "Đề nghị", "year": 2026, "kind": "MERIT", "decidingUnitCode": "TV",
				 "lines": [{"unitCode": "TV-CN-MH", "awardType": "TTLDTT", "achievement": "Tốt\u202e"}]}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].achievement"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Văn bản có ký tự không lưu được (ký tự rỗng hoặc ký tự đảo chiều ẩn)."));
		mvc.perform(as(post("/api/v1/proposals"), key).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Đề\\u0000 nghị\", \"year\": 2026}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		assertThat(jdbc.sql("select count(*) from award_proposal").query(Long.class).single()).isEqualTo(before);
		mvc.perform(as(post("/api/v1/proposals/1/submit"), key).contentType(MediaType.TEXT_PLAIN).content("1"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		mvc.perform(as(get("/api/v1/awards").param("cursor", "not-a-cursor"), key))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cursor"));
		mvc.perform(as(get("/api/v1/nowhere"), key))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
	}

	@Test
	void anUploadOverTheServersLimitIsAProblemNotAPage() throws Exception {
		String key = key("TV-CN-MH", ApiAccess.WRITE);
		String boundary = "thidua-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] body = new byte[head.length + (int) maxFileSize.toBytes() + 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/proposals/1/documents"))
				.header("Authorization", "Bearer " + key)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> type.startsWith(PROBLEM));
		assertThat(answer.body()).contains("Tệp tải lên vượt quá dung lượng cho phép.");
	}

	@Test
	void pagesHaveTheirSizeTotalAndNextLinkUpToTheLastPage() throws Exception {
		String district = subtree(5);
		String key = key(district, ApiAccess.READ);
		Set<String> seen = new HashSet<>();
		for (int page = 0; page < 3; page++) {
			MvcResult result = mvc.perform(as(get("/api/v1/units").param("size", "2").param("page", "" + page), key))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totalElements").value(6))
				.andExpect(jsonPath("$.size").value(2))
				.andExpect(jsonPath("$.hasNext").value(page < 2))
				.andReturn();
			String json = result.getResponse().getContentAsString();
			List<String> codes = JsonPath.read(json, "$.content[*].code");
			assertThat(codes).hasSize(2);
			seen.addAll(codes);
			if (page < 2) {
				assertThat(JsonPath.<String>read(json, "$.next")).contains("page=" + (page + 1)).contains("size=2");
			}
		}
		assertThat(seen).hasSize(6).contains(district);
		mvc.perform(as(get("/api/v1/units").param("kind", "COMMUNE").param("parent", district), key))
			.andExpect(jsonPath("$.totalElements").value(5))
			.andExpect(jsonPath("$.next").doesNotExist());
	}

	@Test
	void aListCostsTheSameStatementsForThreeOrThirteenUnits() throws Exception {
		String small = key(subtree(2), ApiAccess.READ);
		String large = key(subtree(12), ApiAccess.READ);
		assertThat(statements("/api/v1/units?size=100", small)).as("statements are counted")
			.isPositive()
			.isEqualTo(statements("/api/v1/units?size=100", large));
		assertThat(statements("/api/v1/awards?size=3", key("TV-CN", ApiAccess.READ)))
			.isEqualTo(statements("/api/v1/awards?size=100", key("TV", ApiAccess.READ)));
	}

	/**
	 * The statements of one request, after a first one that notes the key's use.
	 */
	private long statements(String path, String key) throws Exception {
		mvc.perform(as(get(path), key)).andExpect(status().isOk());
		QueryCount.reset();
		mvc.perform(as(get(path), key)).andExpect(status().isOk());
		return QueryCount.total();
	}

	@Test
	void theRegistryCursorWalksEveryAwardOnceWithNoGapsAndNoDuplicates() throws Exception {
		String district = subtree(1);
		String commune = district + "-1";
		long unitId = units.findActiveByCode(commune).orElseThrow().id();
		signIn("admin");
		CurrentUser admin = users.current("admin");
		long person = registry
			.addPerson(unique("Trần Thị Con Trỏ"), LocalDate.of(1980, 1, 2), "FEMALE", null, unitId, admin)
			.getId();
		Set<Long> recorded = new HashSet<>();
		for (int year = 2015; year < 2022; year++) {
			recorded.add(registry
				.record(new AwardEntry(person, unitId, "CSTDCS", AwardKind.MERIT, year, year + "/QĐ-CT",
						LocalDate.of(year, 12, 30), "Chủ tịch UBND", "UBND xã", "Con Trỏ", null, "UBND xã"), admin)
				.getId());
		}
		String key = key(district, ApiAccess.READ);
		List<Long> walked = new ArrayList<>();
		String cursor = null;
		do {
			var request = get("/api/v1/awards").param("size", "3");
			if (cursor != null) {
				request = request.param("cursor", cursor);
			}
			String json = mvc.perform(as(request, key))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Number> ids = JsonPath.read(json, "$.content[*].id");
			ids.forEach(id -> walked.add(id.longValue()));
			cursor = JsonPath.read(json, "$.nextCursor");
		}
		while (cursor != null);
		assertThat(walked).hasSize(7).doesNotHaveDuplicates();
		assertThat(Set.copyOf(walked)).isEqualTo(recorded);
	}

	@Test
	void aKeyOverItsLimitIsToldWhenToComeBack() throws Exception {
		String key = key("TV-CN-MH", ApiAccess.READ);
		int answered = 0;
		MvcResult last;
		do {
			last = mvc.perform(as(get("/api/v1/units/TV-CN-MH"), key)).andReturn();
			answered++;
		}
		while (last.getResponse().getStatus() == 200 && answered <= 2 * requestsPerMinute);
		assertThat(answered).as("the bucket refills while the test runs").isGreaterThan(requestsPerMinute);
		assertThat(last.getResponse().getStatus()).isEqualTo(429);
		assertThat(last.getResponse().getContentType()).startsWith(PROBLEM);
		assertThat(Integer.parseInt(last.getResponse().getHeader("Retry-After"))).isBetween(1, 60);
		mvc.perform(as(get("/api/v1/units/TV-CN-MH"), key("TV-CN-MH", ApiAccess.READ))).andExpect(status().isOk());
	}

	@Test
	void aRepeatedCreateWithTheSameIdempotencyKeyReturnsTheFirstProposal() throws Exception {
		String commune = key("TV-CN-MH", ApiAccess.WRITE);
		long person = fixture.eligible(unique("Kim Văn Gửi Lại"));
		String body = """
				{"title": "Đề nghị gửi lại qua API", "year": 2025, "kind": "MERIT", "decidingUnitCode": "TV",
				 "lines": [{"personId": %d, "awardType": "BK_TINH", "achievement": "Hoàn thành xuất sắc nhiệm vụ."}]}
				""".formatted(person);
		String idempotencyKey = unique("tao-de-nghi-").replace(' ', '-');
		String first = mvc
			.perform(as(post("/api/v1/proposals"), commune).header("Idempotency-Key", idempotencyKey)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = JsonPath.<Number>read(first, "$.id").longValue();

		mvc.perform(as(post("/api/v1/proposals"), commune).header("Idempotency-Key", idempotencyKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.id").value(id));
		mvc.perform(as(post("/api/v1/proposals"), commune).header("Idempotency-Key", idempotencyKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("gửi lại", "khác")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Idempotency-Key này đã được dùng cho một yêu cầu khác."));
		mvc.perform(as(post("/api/v1/proposals"), commune).header("Idempotency-Key", "có dấu")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));

		assertThat(jdbc.sql("select count(*) from award_proposal where title = 'Đề nghị gửi lại qua API' and id >= ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aCommuneDraftsAttachesAndSubmitsByApiAndTheProvinceRecordsTheDecisionWithTheKeysAsActors() throws Exception {
		String commune = key("TV-CN-MH", ApiAccess.WRITE, "Cổng dịch vụ công xã " + unique(""));
		String province = key("TV", ApiAccess.WRITE, "Phần mềm quản lý văn bản " + unique(""));
		long person = fixture.eligible(unique("Kim Văn Tích Hợp"));
		String created = mvc
			.perform(as(post("/api/v1/proposals"), commune).contentType(MediaType.APPLICATION_JSON).content("""
					{"title": "Đề nghị tặng Bằng khen năm 2025 qua API", "year": 2025, "kind": "MERIT",
					 "decidingUnitCode": "TV", "lines": [{"personId": %d, "awardType": "BK_TINH",
					 "achievement": "Hoàn thành xuất sắc nhiệm vụ hai năm liền."}]}
					""".formatted(person)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.lines[0].check").value("PASSED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = JsonPath.<Number>read(created, "$.id").longValue();
		long version = JsonPath.<Number>read(created, "$.version").longValue();

		String attached = mvc
			.perform(as(multipart("/api/v1/proposals/" + id + "/documents").file(ProposalFixture.pdf("To trinh.pdf"))
				.param("kind", "COVER_LETTER")
				.param("version", "" + version), commune))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.documents[0].kind").value("COVER_LETTER"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(as(multipart("/api/v1/proposals/" + id + "/documents").file(ProposalFixture.pdf("Bao cao.pdf"))
			.param("kind", "ACHIEVEMENT_REPORT")
			.param("version", "" + version), commune)).andExpect(status().isConflict());
		version = JsonPath.<Number>read(attached, "$.version").longValue();
		mvc.perform(as(multipart("/api/v1/proposals/" + id + "/documents").file(ProposalFixture.pdf("Bien ban.pdf"))
			.param("kind", "COUNCIL_MINUTES")
			.param("version", "" + version), commune))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("members"));
		mvc.perform(as(multipart("/api/v1/proposals/" + id + "/documents").file(ProposalFixture.pdf("Bien ban.pdf"))
			.param("kind", "COUNCIL_MINUTES")
			.param("version", "" + version)
			.param("members", "7")
			.param("present", "7")
			.param("agree", "6"), commune)).andExpect(status().isCreated());
		long current = fixture.current(id).getVersion();
		mvc.perform(as(post("/api/v1/proposals/" + id + "/submit"), commune).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + (current - 1) + "}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		for (int twice = 0; twice < 2; twice++) {
			mvc.perform(as(post("/api/v1/proposals/" + id + "/submit"), commune).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + current + "}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("SUBMITTED"));
		}

		Proposal decided = decidedByTheBoard(id);
		String decision = """
				{"version": %d, "number": "%s", "date": "%s", "signer": "Lê Văn Hẳn",
				 "authority": "Chủ tịch UBND tỉnh Trà Vinh"}
				""".formatted(decided.getVersion(), unique("API").replace(' ', '-') + "/QĐ-UBND",
				ProposalFixture.today());
		mvc.perform(as(post("/api/v1/proposals/" + id + "/decision"), commune).contentType(MediaType.APPLICATION_JSON)
			.content(decision)).andExpect(status().isForbidden());
		mvc.perform(as(post("/api/v1/proposals/" + id + "/decision"), province).contentType(MediaType.APPLICATION_JSON)
			.content(decision))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.decision.date").value(ProposalFixture.today().toString()))
			.andExpect(jsonPath("$.lines[0].cashAmount").isNumber());
		mvc.perform(as(get("/api/v1/decisions").param("size", "100"), province))
			.andExpect(jsonPath("$.content[?(@.proposalId == " + id + ")].approvedCount").value(hasItem(1)));

		signIn("admin");
		String communeActor = authentication.authenticate(commune).orElseThrow().user().username();
		String provinceActor = authentication.authenticate(province).orElseThrow().user().username();
		assertThat(audit.page(new AuditFilter(communeActor, "Proposal", "" + id, null, null, null), null, 50,
				users.current("admin")))
			.isNotEmpty();
		assertThat(audit.page(new AuditFilter(provinceActor, "Proposal", "" + id, null, null, null), null, 50,
				users.current("admin")))
			.anyMatch(entry -> entry.changes().contains("decisionNumber"));
		mvc.perform(as(get("/api/v1/proposals/" + id), province))
			.andExpect(jsonPath("$.timeline[*].actor").value(hasItem(communeActor)))
			.andExpect(jsonPath("$.timeline[*].actor").value(hasItem(provinceActor)));
	}

	@Test
	void theOpenApiDescriptionListsTheEndpointsAndTheDocsPageIsPublic() throws Exception {
		TestSecurityContextHolder.clearContext();
		mvc.perform(get("/api/v1/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/units']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/awards']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/proposals/{id}/decision'].post.responses['409']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/clusters/{id}/years/{year}/reviews']").exists())
			.andExpect(jsonPath("$.components.securitySchemes.apiKey.scheme").value("bearer"))
			.andExpect(jsonPath("$.paths['/api-keys']").doesNotExist());
		mvc.perform(get("/api/docs"))
			.andExpect(status().is3xxRedirection())
			.andDo(result -> System.out.println("DOCS-LOCATION " + result.getResponse().getHeader("Location")));
	}

	/**
	 * The office appraises and forwards, the whole board agrees, the chair approves every
	 * line: the steps between submission and the decision, through the services.
	 */
	private Proposal decidedByTheBoard(long id) {
		CurrentUser office = users.current(ProposalFixture.OFFICE);
		signIn(ProposalFixture.OFFICE);
		review.startAppraisal(id, fixture.current(id).getVersion(), office);
		Proposal proposal = review.forwardToBoard(id, fixture.current(id).getVersion(), office);
		BoardSession session = fixture.session(proposal);
		for (BoardMember member : fixture.board()) {
			voting.vote(session.getId(), fixture.ballots(proposal, Ballot.AGREE), true,
					users.current(member.username()));
		}
		voting.close(session.getId(), session.getVersion(), false, office);
		proposal = fixture.current(id);
		var approved = fixture.lines(proposal)
			.stream()
			.collect(Collectors.toMap(ProposalLine::getId, line -> LineDecision.APPROVED));
		return decisions.decide(id, proposal.getVersion(), approved, null, users.current(ProposalFixture.CHAIR));
	}

	/**
	 * A new district under Trà Vinh with this many communes; returns its code.
	 */
	private String subtree(int communes) {
		signIn("admin");
		CurrentUser admin = users.current("admin");
		String code = "TV-API-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		long district = unitManagement
			.create(units.findActiveByCode("TV").orElseThrow().id(),
					new UnitDetails(code, "Huyện Thử API " + code, UnitKind.DISTRICT, LocalDate.of(2020, 1, 1)), admin)
			.getId();
		for (int i = 1; i <= communes; i++) {
			unitManagement.create(district,
					new UnitDetails(code + "-" + i, "Xã Thử API " + i, UnitKind.COMMUNE, LocalDate.of(2020, 1, 1)),
					admin);
		}
		return code;
	}

	/**
	 * Text as Thymeleaf writes it into the page.
	 */
	private static String escaped(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	@Test
	void anyKeyReadsWhoDecidesWhatAndTheCashOnADateWithTheirSources() throws Exception {
		String key = key("TV-CN", ApiAccess.READ);
		mvc.perform(as(get("/api/v1/award-types").param("on", "2024-08-04"), key))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.on").value("2024-08-04"))
			.andExpect(jsonPath("$.baseSalary.amount").value(2340000))
			.andExpect(jsonPath("$.baseSalary.legalSource").value("Nghị định 73/2024/NĐ-CP"))
			.andExpect(jsonPath("$.rounding.step").value(10000))
			.andExpect(jsonPath("$.types[?(@.code == 'GK')].cash[?(@.unitKind == 'COMMUNE')].amount").value(360000))
			.andExpect(jsonPath("$.types[?(@.code == 'GK')].decidedBy[?(@.unitKind == 'DISTRICT')].legalSource")
				.value("Luật Thi đua, khen thưởng 2022, Điều 80 khoản 2"))
			.andExpect(jsonPath("$.types[?(@.code == 'BK_TTG')].decidedBy[0].upperAuthority").value("PRIME_MINISTER"));
		mvc.perform(as(get("/api/v1/award-types"), key))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.types[?(@.code == 'GK')].decidedBy[?(@.unitKind == 'DISTRICT')]").isEmpty());
		for (String bad : new String[] { "2024-02-31", "khong-phai-ngay", "99999-01-01" }) {
			mvc.perform(as(get("/api/v1/award-types").param("on", bad), key))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		}
	}

	private String key(String unitCode, ApiAccess access) {
		return key(unitCode, access, unique("Hệ thống thử"));
	}

	private String key(String unitCode, ApiAccess access, String name) {
		signIn("admin");
		return keys.create(name, unitCode, access, users.current("admin")).secret();
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
