package vn.thidua.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import tools.jackson.databind.module.SimpleModule;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese by default, English on request ({@code ?lang=en}, remembered in a cookie);
 * the message bundles; vi-VN dates.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.of("vi", "VN");

	@Bean
	static ServerErrorReport.Installer serverErrorReport() {
		return new ServerErrorReport.Installer();
	}

	/**
	 * The message bundles, loaded once and merged per language, so that a message is one
	 * map look-up: Boot's {@code ResourceBundleMessageSource} searched each bundle of the
	 * chain (vi, then the default) per look-up, 5 % of the registry page's CPU under load
	 * (docs/benchmarks.md).
	 */
	@Bean
	static MessageSource messageSource() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:messages/messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("thidua-lang");
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new StorableText());
		registry.addInterceptor(new PageLinks.Provider());
	}

	@Bean
	static BeanPostProcessor streamingOnRequestThread() {
		return StreamingOnRequestThread.installer();
	}

	@Bean
	static BeanPostProcessor renderScopedView() {
		return RenderScopedView.installer();
	}

	/** Text in JSON bodies as in forms: NFC, nothing the database cannot store. */
	@Bean
	SimpleModule storableJsonText() {
		return StorableJsonText.module();
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatter(new VietnameseDateFormatter());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentUserArgumentResolver());
	}

}
