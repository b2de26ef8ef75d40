package vn.thidua.award.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BindException;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

import vn.thidua.award.AwardKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DrilldownArgumentResolverTests {

	private final DrilldownArgumentResolver resolver = new DrilldownArgumentResolver();

	@Test
	void aLookUpWithoutDrilldownParametersIsNotBound() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/registry");
		request.addParameter("q", "Nguyễn");
		request.addParameter("year", "2023");

		// no binder factory: binding would fail
		assertThat(resolver.resolveArgument(parameter(), new ModelAndViewContainer(), new ServletWebRequest(request),
				null))
			.isSameAs(Drilldown.NONE);
	}

	@Test
	void anyDrilldownParameterIsBoundAsBefore() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/registry");
		request.addParameter("kind", "MERIT");
		request.addParameter("from", "2023-01-01");
		request.addParameter("within", "4", "7");

		Drilldown bound = (Drilldown) resolve(request);

		assertThat(bound.kind()).isEqualTo(AwardKind.MERIT);
		assertThat(bound.from()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(bound.within()).isEqualTo(List.of(4L, 7L));
		assertThat(bound.active()).isTrue();
	}

	@Test
	void indexedParametersCountToo() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/registry");
		request.addParameter("within[0]", "9");

		assertThat(((Drilldown) resolve(request)).within()).isEqualTo(List.of(9L));
	}

	@Test
	void aTamperedValueStillFailsBinding() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/registry");
		request.addParameter("kind", "NOT_A_KIND");

		assertThatExceptionOfType(BindException.class).isThrownBy(() -> resolve(request));
	}

	private Object resolve(MockHttpServletRequest request) throws Exception {
		ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
		initializer.setConversionService(new DefaultFormattingConversionService());
		return resolver.resolveArgument(parameter(), new ModelAndViewContainer(), new ServletWebRequest(request),
				new ServletRequestDataBinderFactory(null, initializer));
	}

	private static MethodParameter parameter() throws NoSuchMethodException {
		return new MethodParameter(DrilldownArgumentResolverTests.class.getDeclaredMethod("handler", Drilldown.class),
				0);
	}

	@SuppressWarnings("unused")
	private static void handler(Drilldown drilldown) {
	}

}
