package vn.thidua.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.thidua.support.IntegrationTest;
import vn.thidua.support.world.WorldAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy, or faced with a forged Host header, the application never writes a
 * client's host into a redirect: the sign-in page and the way back to the page asked for
 * are relative.
 */
@IntegrationTest
class ProxyHeadersTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void aForgedHostIsNeverWrittenIntoARedirect() throws Exception {
		Map<String, String> first = raw("GET /proposals HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(first.get(":status")).isEqualTo("302");
		assertThat(first.get("location")).doesNotContain("evil.example").startsWith("/login");

		Map<String, String> forwarded = raw("GET /proposals HTTP/1.1\r\nHost: localhost\r\n"
				+ "X-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
		assertThat(forwarded.get("location")).doesNotContain("evil.example");
	}

	@Test
	void afterSigningInTheUserIsSentBackByPathWhateverTheHostWas() throws Exception {
		Map<String, String> asked = raw("GET /proposals HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		String cookie = cookies(List.of(asked.getOrDefault("set-cookie", "").split("\n")));
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Cookie", cookie)
			.build(), HttpResponse.BodyHandlers.ofString());
		cookie = cookies(List.of(cookie, cookies(login.headers().allValues("Set-Cookie"))));
		Matcher token = CSRF.matcher(login.body());
		assertThat(token.find()).isTrue();
		String form = "username=officer.tv&password=" + URLEncoder.encode(WorldAccount.PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);

		HttpResponse<String> signedIn = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Cookie", cookie)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("evil.example")
			.contains("/proposals");
	}

	private static String cookies(List<String> setCookies) {
		return setCookies.stream()
			.map(cookie -> cookie.split(";")[0].strip())
			.filter(cookie -> !cookie.isEmpty())
			.collect(Collectors.joining("; "));
	}

	private Map<String, String> raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put(":status", in.readLine().split(" ")[1]);
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				int colon = line.indexOf(':');
				headers.merge(line.substring(0, colon).toLowerCase(), line.substring(colon + 1).strip(),
						(a, b) -> a + "\n" + b);
			}
			return headers;
		}
	}

}
