package vn.thidua.shared.web;

import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, each under its own prefix ({@code /css}, {@code /js},
 * {@code /images}, {@code /webjars}) and {@code /favicon.ico}, which browsers ask for by
 * that name, instead of Spring Boot's catch-all {@code /**} mapping (switched off with
 * {@code spring.web.resources.add-mappings=false}). With the catch-all, every link a page
 * writes ({@code /registry?…}, {@code /people/7}) was looked up among the static
 * locations by the resource URL encoding, a class-path search per link and per request;
 * now only links under these prefixes are resolved, and their resolutions are cached.
 * <p>
 * The application's own files carry a hash of their content in their name
 * ({@code /css/app-<md5>.css}) and web jars their version in the path, so both are cached
 * by browsers for a year: a changed file gets a new URL. The layout links them through
 * {@link Assets}; the resource URL encoding filter Thymeleaf's auto-configuration adds is
 * switched off, as it resolved every link of every page.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	static final CacheControl LONG = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(LONG)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		own(registry, "css");
		own(registry, "js");
		own(registry, "images");
		registry.addResourceHandler("/favicon.ico")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
	}

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	private static void own(ResourceHandlerRegistry registry, String folder) {
		registry.addResourceHandler("/" + folder + "/**")
			.addResourceLocations("classpath:/static/" + folder + "/")
			.setCacheControl(LONG)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
