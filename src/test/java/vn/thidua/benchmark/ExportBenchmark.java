package vn.thidua.benchmark;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.award.AwardFilter;
import vn.thidua.award.AwardQueries;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.world.WorldAccount;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district's whole registry exported over HTTP as a signed-in officer would, with a
 * million awards by default: how long the .xlsx takes, how large it is, and how much heap
 * the application used meanwhile. Run with
 * {@code ./mvnw verify -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=ExportBenchmark -DargLine=-Xmx256m};
 * {@code -Dbenchmark.awards=} changes the size.
 */
@Tag("benchmark")
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class ExportBenchmark {

	private static final int AWARDS = Integer.getInteger("benchmark.awards", 1_000_000);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AwardQueries queries;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	@Autowired
	UnitManagement unitManagement;

	@Test
	void aMillionAwardsExportAsOneSpreadsheet() throws Exception {
		String code = "B-EX-" + Long.toString(System.nanoTime(), 36).toUpperCase();
		long district = unitManagement
			.create(units.findActiveByCode("TV").orElseThrow().id(),
					new UnitDetails(code, "Huyện " + code, UnitKind.DISTRICT, LocalDate.of(2020, 1, 1)),
					users.current("officer.tv"))
			.getId();
		jdbc.sql("""
				insert into award_record (unit_id, award_type_code, kind, year, decision_number, decision_date,
				                          authority, subject_name, issuer_name, search_text)
				select :unit, 'GK', 'MERIT', 2005 + g % 20, g || '/QĐ-UBND', make_date(2006 + g % 20, 1, 15),
				       'Chủ tịch UBND huyện', 'Nguyễn Thị Ánh Tuyết ' || g, 'UBND huyện', 'nguyen thi anh tuyet ' || g
				from generate_series(1, :n) g
				""").param("unit", district).param("n", AWARDS).update();
		jdbc.sql("analyze award_record").update();
		long[] read = { 0 };
		long reading = System.nanoTime();
		queries.forEach(new AwardFilter(null, district, null, null, null), users.current("officer.tv"),
				row -> read[0]++);
		System.out.printf("BENCHMARK reading the same %,d awards in keyset batches: %,d ms%n", read[0],
				(System.nanoTime() - reading) / 1_000_000);
		HttpClient client = signedIn("officer.tv");
		resetPeaks();

		long start = System.nanoTime();
		HttpResponse<InputStream> response = client.send(
				HttpRequest.newBuilder(URI.create(base() + "/registry/export.xlsx?unit=" + code)).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		long bytes;
		try (InputStream body = response.body()) {
			bytes = body.transferTo(OutputStream.nullOutputStream());
		}
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertThat(response.statusCode()).isEqualTo(200);
		System.out.printf("BENCHMARK export of %,d awards to .xlsx: %,d ms, %,d KB, peak heap %,d MB of %,d MB%n",
				AWARDS, millis, bytes / 1024, peakHeap() / (1024 * 1024),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
	}

	private HttpClient signedIn(String username) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = client
			.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(login);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + username + "&password="
				+ URLEncoder.encode(WorldAccount.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		return client;
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
	}

}
