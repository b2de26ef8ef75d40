package vn.thidua.shared.web;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

import vn.thidua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's messages are its bundles as written, read as UTF-8: Vietnamese for
 * Vietnam, English otherwise, the system's locale never.
 */
@IntegrationTest
class MessageBundleTests {

	@Autowired
	MessageSource messages;

	@Test
	void everyMessageIsItsBundlesTextWithItsDiacritics() throws Exception {
		Properties vietnamese = bundle("messages_vi.properties");
		Properties english = bundle("messages.properties");

		for (String key : vietnamese.stringPropertyNames()) {
			assertThat(messages.getMessage(key, null, Locale.of("vi", "VN"))).as(key)
				.isEqualTo(vietnamese.getProperty(key));
		}
		assertThat(messages.getMessage("registry.title", null, Locale.of("vi", "VN"))).isEqualTo("Sổ khen thưởng");
		assertThat(messages.getMessage("registry.title", null, Locale.ENGLISH))
			.isEqualTo(english.getProperty("registry.title"));
		assertThat(messages.getMessage("registry.title", null, Locale.JAPAN))
			.isEqualTo(english.getProperty("registry.title"));
	}

	private static Properties bundle(String name) throws Exception {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource("messages/" + name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
