package vn.thidua.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import vn.thidua.support.world.SeedWorld;

/**
 * The whole application on a random port against real PostgreSQL, with the test world
 * ({@link SeedWorld}) and without the demo data, so that the demo may change freely.
 * Every test class uses the same configuration, so one context serves the whole run.
 * <p>
 * Tagged {@value #TAG}: these tests run in {@code ./mvnw verify} (Failsafe), not in the
 * unit tests of {@code ./mvnw test}. A test that starts the application or a database
 * some other way carries {@code @Tag(IntegrationTest.TAG)} itself ({@code PyramidTests}
 * checks it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "thidua.embedded-db.enabled=false", "thidua.demo.enabled=false", SeedWorld.ENABLED + "=true",
				"thidua.reminders.cron=-", "thidua.reminders.at-startup=false",
				"thidua.signing.keystore-dir=target/test-keystores" })
@AutoConfigureMockMvc
@Import(TestDatabase.class)
@Tag(IntegrationTest.TAG)
public @interface IntegrationTest {

	/**
	 * The JUnit tag of the tests that need the application, a database or a browser.
	 */
	String TAG = "integration";

}
