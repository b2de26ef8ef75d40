package vn.thidua.shared;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	Clock clock() {
		return Clock.system(VIETNAM);
	}

	/**
	 * The message bundles, loaded once and merged per language, so that a message is one
	 * map look-up: Boot's {@code ResourceBundleMessageSource} searched each bundle of the
	 * chain (vi, then the default) per look-up, 5 % of the registry page's CPU under load
	 * (docs/benchmarks.md).
	 */
	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:messages/messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
