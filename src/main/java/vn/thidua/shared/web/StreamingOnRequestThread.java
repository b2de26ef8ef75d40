package vn.thidua.shared.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads ({@link StreamingResponseBody}, alone or in a {@link ResponseEntity}) are
 * written on the request thread, still streamed, instead of on an async thread: Spring
 * Session's JDBC session is not thread-safe, and its commit at the end of the first
 * dispatch raced the async writer (a {@code ConcurrentModificationException} in
 * {@code JdbcSession.save}, spring-projects/spring-session#2254, or a duplicate insert of
 * a new session). Put ahead of Spring MVC's own handlers.
 */
final class StreamingOnRequestThread implements HandlerMethodReturnValueHandler {

	static BeanPostProcessor installer() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getReturnValueHandlers() != null) {
					List<HandlerMethodReturnValueHandler> handlers = new ArrayList<>(adapter.getReturnValueHandlers());
					handlers.addFirst(new StreamingOnRequestThread());
					adapter.setReturnValueHandlers(handlers);
				}
				return bean;
			}
		};
	}

	@Override
	public boolean supportsReturnType(MethodParameter returnType) {
		Class<?> type = returnType.getParameterType();
		if (StreamingResponseBody.class.isAssignableFrom(type)) {
			return true;
		}
		return ResponseEntity.class.isAssignableFrom(type) && StreamingResponseBody.class
			.isAssignableFrom(ResolvableType.forMethodParameter(returnType).getGeneric().resolve(Object.class));
	}

	@Override
	public void handleReturnValue(@Nullable Object returnValue, MethodParameter returnType,
			ModelAndViewContainer mavContainer, NativeWebRequest webRequest) throws Exception {
		mavContainer.setRequestHandled(true);
		HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
		Object body = returnValue;
		if (returnValue instanceof ResponseEntity<?> entity) {
			response.setStatus(entity.getStatusCode().value());
			entity.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			body = entity.getBody();
		}
		if (body instanceof StreamingResponseBody stream) {
			stream.writeTo(response.getOutputStream());
			response.flushBuffer();
		}
	}

}
