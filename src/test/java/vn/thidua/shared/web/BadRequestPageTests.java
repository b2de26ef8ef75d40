package vn.thidua.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.thidua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, where the error page is a second dispatch with the same parameters and
 * Tomcat answers some requests itself: a bad request gets a Vietnamese 400 page, not an
 * empty answer or Tomcat's English one.
 */
@IntegrationTest
class BadRequestPageTests {

	@LocalServerPort
	int port;

	@Test
	void aNulInASearchGetsTheBadRequestPage() throws Exception {
		for (String query : new String[] { "q=Nguy%00%E1%BB%85n", "q=%E2%80%AEabc" }) {
			HttpResponse<String> response = get("/login?" + query);
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("Yêu cầu không hợp lệ").doesNotContain("%00");
		}
	}

	@Test
	void aPathThatIsNotNormalisedGetsTheSamePage() throws Exception {
		HttpResponse<String> response = get("/units//1");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Yêu cầu không hợp lệ");
	}

	@Test
	void aPathTomcatRefusesGetsAVietnamesePage() throws Exception {
		for (String path : new String[] { "/%00", "/units%2F1", "/units%5C1" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("text/html").containsIgnoringCase("utf-8"));
			assertThat(response.body()).contains("<title>Yêu cầu không hợp lệ · Thi Đua</title>")
				.doesNotContain("Tomcat")
				.doesNotContain("HTTP Status");
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html")
				.header("Accept-Language", "vi")
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
