package vn.thidua.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.thidua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages link the static files by versioned URLs (a content hash for the application's own
 * files, the version for web jars), which browsers may keep for a year; links to pages
 * are written as they are.
 */
@IntegrationTest
class StaticResourceTests {

	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theLayoutLinksVersionedFilesCachedForAYear() throws Exception {
		String page = get("/login").body();
		List<String> links = new ArrayList<>();
		Matcher link = LINK.matcher(page);
		while (link.find()) {
			links.add(link.group(1));
		}

		assertThat(links).anyMatch(l -> l.matches("/css/app-[0-9a-f]{32}\\.css"))
			.anyMatch(l -> l.matches("/js/app-[0-9a-f]{32}\\.js"))
			.anyMatch(l -> l.matches("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+[^/]*/css/bootstrap\\.min\\.css"))
			.anyMatch(l -> l.matches("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+[^/]*/dist/htmx\\.min\\.js"));
		for (String path : links) {
			HttpResponse<String> file = get(path);
			assertThat(file.statusCode()).as(path).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control").orElseThrow()).as(path)
				.contains("max-age=31536000")
				.contains("immutable");
		}
		assertThat(get("/css/nothing-here.css").statusCode()).isEqualTo(404);
	}

	@Test
	void theIconsThePagesNameAreServed() throws Exception {
		Matcher icon = Pattern.compile("<link rel=\"icon\" href=\"([^\"]+)\"").matcher(get("/login").body());
		List<String> icons = new ArrayList<>();
		while (icon.find()) {
			icons.add(icon.group(1));
		}
		assertThat(icons).contains("/favicon.ico").hasSize(2);
		for (String path : icons) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void linksToPagesAreNotRewritten() throws Exception {
		HttpResponse<String> home = get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(get("/login").body()).contains("href=\"/\"");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
