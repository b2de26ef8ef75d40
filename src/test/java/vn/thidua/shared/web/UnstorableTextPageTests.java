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
 * Over real HTTP, where the error page is a second dispatch with the same parameters: a
 * bad request gets the Vietnamese 400 page, not an empty answer.
 */
@IntegrationTest
class UnstorableTextPageTests {

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

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html")
				.header("Accept-Language", "vi")
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
