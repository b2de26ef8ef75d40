package vn.thidua.nodes;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.thidua.ThiDuaApplication;
import vn.thidua.dashboard.ReminderJob;
import vn.thidua.imports.ImportJob;
import vn.thidua.imports.ImportJobs;
import vn.thidua.integration.ApiAccess;
import vn.thidua.integration.ApiKeyManagement;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.TestDatabase;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.api.Tag;
import vn.thidua.support.IntegrationTest;

/**
 * Two nodes, two application contexts with their own web servers, on one database of
 * their own: a session made on one is good on the other, an import started on one is
 * followed and confirmed on the other, the reminder run happens once when both nodes fire
 * it together, and an API key's rate limit counts the requests of both.
 */
@Tag(IntegrationTest.TAG)
class SeveralNodesTests {

	private static final int PER_MINUTE = 6;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static ConfigurableApplicationContext one;

	static ConfigurableApplicationContext two;

	static String username;

	static String provinceCode;

	@BeforeAll
	static void twoNodes() {
		one = node();
		two = node();
		TreeFixture tree = one.getBean(TreeFixture.class);
		as(adminOf(tree), () -> {
			String prefix = tree.prefix();
			provinceCode = prefix + "-T";
			tree.unit(tree.root(), provinceCode, "Tỉnh Nhiều Máy " + prefix, UnitKind.PROVINCE,
					LocalDate.of(2020, 1, 1));
			username = prefix.toLowerCase(Locale.ROOT) + ".nodes";
			tree.account(username, provinceCode, Role.OFFICER);
			return null;
		});
	}

	@AfterAll
	static void stop() {
		if (two != null) {
			two.close();
		}
		if (one != null) {
			one.close();
		}
	}

	@Test
	void aSessionMadeOnOneNodeIsGoodOnTheOther() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		assertThat(get(browser, two, "/imports").statusCode()).isEqualTo(302);

		HttpResponse<String> signedIn = signIn(browser, one);

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		assertThat(get(browser, two, "/imports").statusCode()).isEqualTo(200);
	}

	@Test
	void anImportStartedOnOneNodeIsFollowedAndConfirmedOnTheOther() throws Exception {
		CurrentUser officer = one.getBean(WorldUsers.class).current(username);
		byte[] csv = ("Họ và tên,Ngày sinh,Mã đơn vị\nLâm Thị Hai Máy,01/02/1980," + provinceCode
				+ "\nTrịnh Văn Một Máy,03/04/1975," + provinceCode + "\n")
			.getBytes(StandardCharsets.UTF_8);
		ImportJob started = asUser(officer, () -> one.getBean(ImportJobs.class)
			.start("people", "hai-may.csv", new ByteArrayInputStream(csv), officer));

		ImportJob checked = waitFor(two, started.id(), officer, ImportJob.Status.CHECKED);
		assertThat(checked.preview().fresh()).isEqualTo(2);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(browser, one);
		HttpResponse<String> page = get(browser, two, "/imports/jobs/" + started.id());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("hai-may.csv").contains("import-preview");

		asUser(officer, () -> two.getBean(ImportJobs.class).confirm(started.id(), officer));
		ImportJob done = waitFor(one, started.id(), officer, ImportJob.Status.DONE);

		assertThat(done.result().written()).isEqualTo(2);
		assertThat(jdbc().sql("select count(*) from person p join unit u on u.id = p.unit_id where u.code = ?")
			.param(provinceCode)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void anImportUnderWayOnOneNodeKeepsItsUserFromStartingAnotherOnTheOther() {
		CurrentUser officer = one.getBean(WorldUsers.class).current(username);
		UUID elsewhere = UUID.randomUUID();
		jdbc()
			.sql("""
					insert into import_job (id, kind, username, file_name, checksum, file_size, started_at, status, node,
					                        heartbeat_at)
					values (?, 'people', ?, 'dang-chay.csv', 'x', 1, now(), 'CHECKING', 'node-one', now() + interval '1 hour')
					""")
			.params(elsewhere, username)
			.update();
		try {
			assertThatThrownBy(() -> asUser(officer,
					() -> two.getBean(ImportJobs.class)
						.start("people", "lan-hai.csv", new ByteArrayInputStream("x".getBytes()), officer)))
				.isInstanceOfSatisfying(BusinessRuleViolation.class,
						violation -> assertThat(violation.messageKey()).isEqualTo("imports.busy"));
		}
		finally {
			jdbc().sql("delete from import_job where id = ?").param(elsewhere).update();
		}
	}

	@Test
	void theReminderRunHappensOnceWhenBothNodesFireIt() throws Exception {
		CountDownLatch ready = new CountDownLatch(2);
		List<Optional<ReminderJob.Outcome>> runs;
		try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
			Future<Optional<ReminderJob.Outcome>> first = threads.submit(() -> fire(one, ready));
			Future<Optional<ReminderJob.Outcome>> second = threads.submit(() -> fire(two, ready));
			runs = List.of(first.get(5, TimeUnit.MINUTES), second.get(5, TimeUnit.MINUTES));
		}

		assertThat(runs).filteredOn(Optional::isPresent).hasSize(1);
		assertThat(jdbc().sql("select count(*) from shedlock where name = 'reminders' and lock_until > locked_at")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(one.getBean(ReminderJob.class).scheduled()).as("held for five minutes after the run").isEmpty();
	}

	@Test
	void aKeysRateLimitCountsTheRequestsOfBothNodes() throws Exception {
		TreeFixture tree = one.getBean(TreeFixture.class);
		CurrentUser admin = adminOf(tree);
		String secret = as(admin,
				() -> one.getBean(ApiKeyManagement.class).create("Hai máy", provinceCode, ApiAccess.READ, admin))
			.secret();
		HttpClient client = HttpClient.newHttpClient();
		List<Integer> statuses = new ArrayList<>();
		HttpResponse<String> last = null;
		for (int i = 0; i < 2 * PER_MINUTE && (last == null || last.statusCode() == 200); i++) {
			ConfigurableApplicationContext node = i % 2 == 0 ? one : two;
			last = client.send(HttpRequest.newBuilder(url(node, "/api/v1/units/" + provinceCode))
				.header("X-API-Key", secret)
				.build(), HttpResponse.BodyHandlers.ofString());
			statuses.add(last.statusCode());
		}

		assertThat(statuses).as("each node alone would have allowed %d", PER_MINUTE)
			.hasSizeLessThanOrEqualTo(PER_MINUTE + 2)
			.endsWith(429);
		assertThat(statuses.stream().filter(status -> status == 200).count()).isBetween((long) PER_MINUTE,
				PER_MINUTE + 1L);
		assertThat(last.headers().firstValue("Retry-After")).isPresent();
		assertThat(last.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	/**
	 * Fires the node's reminder run once both threads are ready.
	 */
	private static Optional<ReminderJob.Outcome> fire(ConfigurableApplicationContext node, CountDownLatch ready)
			throws InterruptedException {
		ReminderJob job = node.getBean(ReminderJob.class);
		ready.countDown();
		ready.await();
		return job.scheduled();
	}

	private static ImportJob waitFor(ConfigurableApplicationContext node, UUID id, CurrentUser user,
			ImportJob.Status status) {
		ImportJobs jobs = node.getBean(ImportJobs.class);
		ImportJob job = asUser(user, () -> jobs.job(id, user));
		for (int i = 0; i < 600 && job.status() != status && job.status() != ImportJob.Status.FAILED; i++) {
			sleep(50);
			job = asUser(user, () -> jobs.job(id, user));
		}
		assertThat(job.status()).isEqualTo(status);
		return job;
	}

	private static HttpResponse<String> signIn(HttpClient browser, ConfigurableApplicationContext node)
			throws Exception {
		Matcher token = CSRF.matcher(get(browser, node, "/login").body());
		assertThat(token.find()).isTrue();
		String form = "username=" + encode(username) + "&password=" + encode(TreeFixture.PASSWORD) + "&_csrf="
				+ encode(token.group(1));
		return browser.send(HttpRequest.newBuilder(url(node, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(HttpClient browser, ConfigurableApplicationContext node, String path)
			throws Exception {
		return browser.send(HttpRequest.newBuilder(url(node, path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI url(ConfigurableApplicationContext node, String path) {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static JdbcClient jdbc() {
		return one.getBean(JdbcClient.class);
	}

	private static CurrentUser adminOf(TreeFixture tree) {
		return tree.system();
	}

	private static <T> T as(CurrentUser user, Callable<T> work) {
		var principal = new SignedInUser(user, "", true, true, false);
		return run(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()),
				work);
	}

	private static <T> T asUser(CurrentUser user, Callable<T> work) {
		return as(user, work);
	}

	private static <T> T run(UsernamePasswordAuthenticationToken authentication, Callable<T> work) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			return work.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static ConfigurableApplicationContext node() {
		// arguments, not default properties: application.yaml would win over those
		return new SpringApplicationBuilder(ThiDuaApplication.class, TestDatabase.class).run("--server.port=0",
				"--thidua.embedded-db.enabled=false", "--thidua.demo.enabled=false", "--thidua.reminders.cron=-",
				"--thidua.reminders.at-startup=false", "--thidua.signing.keystore-dir=target/test-keystores",
				"--" + TestDatabase.DATABASE + "=thidua_nodes", "--thidua.api.requests-per-minute=" + PER_MINUTE,
				"--thidua.imports.heartbeat=200ms");
	}

}
