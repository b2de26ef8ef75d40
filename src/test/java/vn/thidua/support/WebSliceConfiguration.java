package vn.thidua.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

import vn.thidua.account.SignInForSlices;
import vn.thidua.dashboard.ReminderInbox;
import vn.thidua.shared.security.UserNames;

import static org.mockito.Mockito.mock;

/**
 * What a {@link WebSliceTest} adds to Spring Boot's web slice so that pages render as in
 * the application: the real security configuration, and the beans the layout and the
 * shared web parts use that are not web components themselves. Everything here that would
 * read the database is a mock answering nothing.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SignInForSlices.class)
class WebSliceConfiguration {

	/** Noon of 15 June 2026 in Vietnam, "today" of every slice test. */
	static final Instant NOW = Instant.parse("2026-06-15T05:00:00Z");

	@Bean
	Clock clock() {
		return Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	/**
	 * The session cookie Spring Session would write; the slice keeps sessions in MockMvc.
	 */
	@Bean
	CookieSerializer cookieSerializer() {
		return new DefaultCookieSerializer();
	}

	/** The layout's reminder bell (dashboard's ReminderBell): no unread reminders. */
	@Bean
	ReminderInbox reminderInbox() {
		return mock(ReminderInbox.class);
	}

	/** Templates name people through {@code @userNames}; here by their usernames. */
	@Bean
	UserNames userNames() {
		return usernames -> Map.of();
	}

}
