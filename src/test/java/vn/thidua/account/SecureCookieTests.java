package vn.thidua.account;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import vn.thidua.support.IntegrationTest;
import vn.thidua.support.world.WorldAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an https public address, the session cookie is Secure even though the proxy in
 * front talks plain http to the application.
 */
@IntegrationTest
@TestPropertySource(properties = "thidua.public-url=https://thidua.example")
class SecureCookieTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void theSessionCookieIsSecureWhenThePublicAddressIsHttps() throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> login = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(login.body());
		assertThat(token.find()).isTrue();
		String cookies = cookies(login.headers().allValues("Set-Cookie"));

		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"username=officer.tv&password=" + URLEncoder.encode(WorldAccount.PASSWORD, StandardCharsets.UTF_8)
							+ "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)));
		if (!cookies.isEmpty()) {
			post.header("Cookie", cookies);
		}
		HttpResponse<String> signedIn = http.send(post.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("SESSION="))
			.isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
	}

	private static String cookies(List<String> setCookies) {
		return setCookies.stream().map(cookie -> cookie.split(";")[0]).collect(Collectors.joining("; "));
	}

}
