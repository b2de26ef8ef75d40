package vn.thidua.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.thidua.ThiDuaApplication;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.support.IntegrationTest;
import vn.thidua.unit.UnitCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start against an empty external database: no demo data, no built-in password.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTests {

	private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time password: (\\S+)");

	@Autowired
	JdbcConnectionDetails database;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsTheFirstAdministratorWithAOneTimePasswordAndNoDemoData(CapturedOutput output) throws Exception {
		jdbc.sql("drop database if exists bootstrap_check").update();
		jdbc.sql("create database bootstrap_check").update();
		String url = database.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/bootstrap_check$1");

		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ThiDuaApplication.class).run(
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + database.getUsername(),
				"--spring.datasource.password=" + database.getPassword(), "--server.port=0",
				"--thidua.admin.password=")) {
			Matcher matcher = ONE_TIME_PASSWORD.matcher(output.getOut());
			assertThat(matcher.find()).as("the one-time password is logged").isTrue();
			SignedInUser admin = (SignedInUser) app.getBean(AccountUserDetailsService.class)
				.loadUserByUsername("admin");
			assertThat(app.getBean(PasswordEncoder.class).matches(matcher.group(1), admin.getPassword())).isTrue();
			assertThat(admin.mustChangePassword()).isTrue();

			UnitCatalog units = app.getBean(UnitCatalog.class);
			assertThat(units.findActiveByCode("VN")).isPresent();
			assertThat(units.findActiveByCode("TV")).as("no demo data").isEmpty();

			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			String login = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			assertThat(login).contains("Đăng nhập").doesNotContain("demo-accounts").doesNotContain("ThiDua@2026");
		}
	}

}
