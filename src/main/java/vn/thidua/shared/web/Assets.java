package vn.thidua.shared.web;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The versioned URLs of the static files the layout links (in
 * {@code <head th:with="assets=${@assets}">}, {@code ${assets.url('/css/app.css')}}
 * writes {@code /css/app-<md5>.css}), resolved once per file instead of on every page.
 * They replace the resource URL encoding filter, which resolved every link every page
 * wrote against the static locations; the files cannot change while the application runs.
 */
@Component("assets")
public class Assets {

	private final ResourceUrlProvider resources;

	private final Map<String, String> urls = new ConcurrentHashMap<>();

	Assets(ResourceUrlProvider resources) {
		this.resources = resources;
	}

	/** The URL a page links for a static file's path, such as {@code /js/app.js}. */
	public String url(String path) {
		String contextPath = contextPath();
		return urls.computeIfAbsent(contextPath + path,
				any -> contextPath + Objects.requireNonNullElse(resources.getForLookupPath(path), path));
	}

	private static String contextPath() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest().getContextPath() : "";
	}

}
