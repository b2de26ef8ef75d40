package vn.thidua.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.convert.ConversionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.util.ReflectionTestUtils;

import vn.thidua.shared.security.Role;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TreeFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: an anonymous visitor's requests store no session row and set no session
 * cookie (the sign-in page, a protected page that sends them there, a stale session
 * cookie, a refused sign-in); signing in still works, with its CSRF token and the page
 * asked for before. A signed-in visitor's page views touch the stored session at most
 * once a minute ({@link ThrottledSessionTouch}).
 */
// A context of its own: in the full suite, after other classes have run in the shared
// context, an anonymous GET /login was seen to store a session (three more statements);
// a fresh context stores none. The cause is not found yet (see the note of issue 14).
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@IntegrationTest
class AnonymousSessionTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TreeFixture tree;

	@Autowired
	JdbcIndexedSessionRepository store;

	@Autowired
	@SpringSessionTransactionManager
	PlatformTransactionManager sessionTransactions;

	@Test
	void theStoreReadsSessionsOutsideATransactionAndWritesThemInTheSessionsOwn() {
		Object operations = ReflectionTestUtils.getField(store, "transactionOperations");
		assertThat(operations).isInstanceOf(ThrottledSessionTouch.SessionTransactions.class);
		assertThat(ReflectionTestUtils.getField(operations, "transactions")).isInstanceOfSatisfying(
				TransactionTemplate.class,
				writes -> assertThat(writes.getTransactionManager()).isSameAs(sessionTransactions));
	}

	@Test
	void theStoreReadsAStoredSignInOnceForAllItsRequests() {
		ConversionService conversions = (ConversionService) ReflectionTestUtils.getField(store, "conversionService");
		byte[] stored = conversions.convert(new SecurityContextImpl(UsernamePasswordAuthenticationToken
			.authenticated("canbo.vinhlong", null, List.of(new SimpleGrantedAuthority("ROLE_OFFICER")))), byte[].class);

		SecurityContext first = (SecurityContext) conversions.convert(stored, Object.class);
		SecurityContext second = (SecurityContext) conversions.convert(stored, Object.class);

		assertThat(second).isNotSameAs(first);
		assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
	}

	@Test
	void theSignInPageAndAProtectedPageStoreNoSession() throws Exception {
		HttpClient browser = browser();
		long before = sessions();

		HttpResponse<String> login = get(browser, "/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("name=\"password\"").containsPattern(CSRF);
		HttpResponse<String> home = get(browser, "/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		get(browser, "/login?logout");

		assertThat(sessionCookies(login)).isEmpty();
		assertThat(sessionCookies(home)).isEmpty();
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void aStaleSessionCookieIsClearedWithoutANewSession() throws Exception {
		long before = sessions();
		HttpResponse<String> stale = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(url("/login")).header("Cookie", "SESSION=bm90LWEtc2Vzc2lvbg").build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(stale.statusCode()).isEqualTo(302);
		assertThat(stale.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
		assertThat(sessionCookies(stale)).singleElement()
			.satisfies(cookie -> assertThat(cookie).startsWith("SESSION=;"));
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void aRequestFromAPageWhoseSessionEndedLoadsTheSignInPageAsTheWholePage() throws Exception {
		long before = sessions();
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> anonymous = client.send(
				HttpRequest.newBuilder(url("/units?q=cau")).header("HX-Request", "true").build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> stale = client.send(HttpRequest.newBuilder(url("/units?q=cau"))
			.header("HX-Request", "true")
			.header("Cookie", "SESSION=bm90LWEtc2Vzc2lvbg")
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("HX-Redirect")).hasValue("/login");
		assertThat(anonymous.headers().firstValue("Location")).isEmpty();
		assertThat(stale.statusCode()).isEqualTo(401);
		assertThat(stale.headers().firstValue("HX-Redirect")).hasValue("/login?expired");
		assertThat(sessionCookies(stale)).singleElement()
			.satisfies(cookie -> assertThat(cookie).startsWith("SESSION=;"));
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void aWrongPasswordOrAMissingTokenStoresNoSessionAndTheRightOneSignsInToThePageAskedFor() throws Exception {
		String prefix = tree.prefix();
		String username = prefix.toLowerCase() + ".anon";
		tree.account(username, "VN", Role.OFFICER);
		HttpClient browser = browser();
		long before = sessions();

		assertThat(get(browser, "/registry").statusCode()).isEqualTo(302);
		HttpResponse<String> wrong = signIn(browser, username, "not-the-password", token(browser));
		assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=bad");
		HttpResponse<String> forged = signIn(browser, username, TreeFixture.PASSWORD, "forged");
		assertThat(forged.statusCode()).isIn(302, 403);
		assertThat(sessions()).isEqualTo(before);

		HttpResponse<String> right = signIn(browser, username, TreeFixture.PASSWORD, token(browser));
		assertThat(right.statusCode()).isEqualTo(302);
		assertThat(right.headers().firstValue("Location").orElseThrow()).contains("/registry");
		assertThat(sessionCookies(right)).isNotEmpty();
		assertThat(sessions()).isEqualTo(before + 1);
		assertThat(get(browser, "/registry").statusCode()).isEqualTo(200);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void pageViewsTouchTheStoredSessionOnlyWhenItsLastAccessIsAMinuteOld() throws Exception {
		String username = tree.prefix().toLowerCase() + ".touch";
		tree.account(username, "VN", Role.OFFICER);
		HttpClient browser = browser();
		signIn(browser, username, TreeFixture.PASSWORD, token(browser));
		long signedIn = lastAccess(username);

		assertThat(get(browser, "/registry").statusCode()).isEqualTo(200);
		assertThat(get(browser, "/").statusCode()).isEqualTo(200);
		assertThat(lastAccess(username)).isEqualTo(signedIn);

		jdbc.sql("update spring_session set last_access_time = last_access_time - 61000 where principal_name = ?")
			.param(username)
			.update();
		assertThat(get(browser, "/registry").statusCode()).isEqualTo(200);
		assertThat(lastAccess(username)).isGreaterThanOrEqualTo(signedIn);

		jdbc.sql("update spring_session set last_access_time = last_access_time - 8 * 3600 * 1000,"
				+ " expiry_time = expiry_time - 8 * 3600 * 1000 where principal_name = ?")
			.param(username)
			.update();
		HttpResponse<String> expired = get(browser, "/registry");
		assertThat(expired.statusCode()).isEqualTo(302);
		assertThat(expired.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
	}

	private long lastAccess(String username) {
		return jdbc.sql("select last_access_time from spring_session where principal_name = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	private String token(HttpClient browser) throws Exception {
		Matcher token = CSRF.matcher(get(browser, "/login").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private HttpResponse<String> signIn(HttpClient browser, String username, String password, String token)
			throws Exception {
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
		return browser.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	private static List<String> sessionCookies(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).toList();
	}

	private long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
