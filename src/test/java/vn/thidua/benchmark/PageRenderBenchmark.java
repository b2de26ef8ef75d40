package vn.thidua.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;

import vn.thidua.shared.security.Role;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What rendering a page costs the application: the calling thread's CPU time and the
 * bytes it allocates per request, for the registry's first page (full: 50 of 60 awards)
 * and the home page of a district officer, rendered in-thread through MockMvc with the
 * whole filter chain and the officer's session cookie from a real sign-in (so the session
 * is read from and touched in the database as in production). Thread CPU time does not
 * count other processes' load, so the figures hold on a shared machine where wall-clock
 * load tests do not. Run with
 * {@code ./mvnw verify -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=PageRenderBenchmark};
 * {@code -Dbenchmark.renders=} changes the number of measured renders (as many again warm
 * up first) and {@code -Dbenchmark.pages=registry,floor-layout} picks pages by name. Add
 * {@code -DargLine=-XX:StartFlightRecording=filename=target/render.jfr} to profile.
 */
@Tag("benchmark")
@IntegrationTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE) // the tests' print-on-failure buffer is
													// no part of a render
class PageRenderBenchmark {

	private static final int RENDERS = Integer.getInteger("benchmark.renders", 300);

	/** The pages to measure, by name, comma-separated; all when empty. */
	private static final List<String> PAGES = Arrays.stream(System.getProperty("benchmark.pages", "").split(","))
		.map(String::strip)
		.filter(name -> !name.isEmpty())
		.toList();

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	@Autowired
	MockMvc mvc;

	@Autowired
	TreeFixture tree;

	@Autowired
	UnitCatalog catalog;

	@Autowired
	SpringTemplateEngine engine;

	@Test
	@WithMockUser(roles = "ADMIN")
	void cpuAndAllocationPerRender() throws Exception {
		String prefix = tree.prefix();
		long province = catalog.findActiveByCode("TV").orElseThrow().id();
		Unit district = tree.unit(province, prefix, "Huyện Đo Hiển Thị " + prefix, UnitKind.DISTRICT,
				LocalDate.of(2020, 1, 1));
		for (int c = 0; c < 3; c++) {
			Unit commune = tree.unit(district.getId(), prefix + "-" + c, "Xã Số " + c + " " + prefix, UnitKind.COMMUNE,
					LocalDate.of(2020, 1, 1));
			for (int i = 0; i < 20; i++) {
				long person = tree.person(commune.getId(), "Nguyễn Văn Đo " + c + "-" + i, LocalDate.of(1980, 1, 1));
				tree.award(person, commune.getId(), i % 2 == 0 ? "CSTDCS" : "BK_TINH",
						LocalDate.of(2015 + i % 10, 3, 1 + i), (100 + i) + "/QĐ-UBND", "UBND tỉnh Trà Vinh",
						"Nguyễn Văn Đo " + c + "-" + i);
			}
			tree.submittedProposal(commune.getId(), district.getId(), 2025, LocalDate.of(2025, 6, 20));
		}
		String officer = prefix.toLowerCase() + ".canbo";
		tree.account(officer, prefix, Role.OFFICER);
		// from here on the officer's session speaks, not the administrator who built the
		// data
		TestSecurityContextHolder.clearContext();
		Cookie session = mvc.perform(formLogin().user(officer).password(TreeFixture.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("signed in").isNotNull();
		RequestPostProcessor signedIn = request -> {
			request.setCookies(session);
			return request;
		};

		System.out.printf("BENCHMARK render cost per request, %d renders after %d warm-up%n", RENDERS, RENDERS);
		System.out.printf("BENCHMARK %-12s %10s %10s %10s %12s %10s%n", "page", "CPU µs p50", "CPU µs avg",
				"CPU µs p90", "alloc KB avg", "HTML KB");
		report("registry", "/registry", signedIn);
		report("home", "/", signedIn);
		report("reg-empty", "/registry?year=1950", signedIn);
		report("password", "/account/password", signedIn);
		report("floor-text", "/benchmark/text", signedIn);
		report("floor-bare", "/benchmark/bare", signedIn);
		report("floor-layout", "/benchmark/layout", signedIn);
		report("login", "/login", request -> request);
		reportInterpretedExpressions();
	}

	/**
	 * The expressions the SpEL compiler left interpreted, the most evaluated first: each
	 * is a candidate to simplify, or a sign that a type a template reads is not public
	 * (Thymeleaf reads th:href, th:src, th:attr and a link's base in restricted mode,
	 * where only Spring's own accessors apply and they compile public types only). Reads
	 * SpEL's private counters, so it reports nothing if their names change.
	 */
	private void reportInterpretedExpressions() {
		ICache<ExpressionCacheKey, Object> cache = engine.getCacheManager().getExpressionCache();
		Map<String, Integer> interpreted = new TreeMap<>();
		for (ExpressionCacheKey key : cache.keySet()) {
			if (field(cache.get(key), "expression") instanceof SpelExpression spel && field(spel, "compiledAst") == null
					&& field(spel, "interpretedCount") instanceof AtomicInteger count) {
				interpreted.put(spel.getExpressionString(), count.get());
			}
		}
		interpreted.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(15)
			.forEach(entry -> System.out.printf("BENCHMARK interpreted %8d × %s%n", entry.getValue(), entry.getKey()));
	}

	private static @Nullable Object field(@Nullable Object target, String name) {
		for (Class<?> type = target != null ? target.getClass() : null; type != null; type = type.getSuperclass()) {
			try {
				Field field = type.getDeclaredField(name);
				field.setAccessible(true);
				return field.get(target);
			}
			catch (NoSuchFieldException ex) {
				// look in the superclass
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				return null;
			}
		}
		return null;
	}

	private void report(String name, String path, RequestPostProcessor user) throws Exception {
		if (!PAGES.isEmpty() && !PAGES.contains(name)) {
			return;
		}
		MvcResult last = null;
		for (int i = 0; i < RENDERS; i++) {
			last = render(path, user);
		}
		assertThat(last.getResponse().getStatus()).as(path).isEqualTo(200);
		if (path.equals("/registry")) {
			assertThat(last.getResponse().getContentAsString()).as("a full first page").contains("/registry?before=");
		}
		long[] cpu = new long[RENDERS];
		long allocated = 0;
		for (int i = 0; i < RENDERS; i++) {
			long bytes = THREADS.getCurrentThreadAllocatedBytes();
			long start = THREADS.getCurrentThreadCpuTime();
			last = render(path, user);
			cpu[i] = THREADS.getCurrentThreadCpuTime() - start;
			allocated += THREADS.getCurrentThreadAllocatedBytes() - bytes;
			assertThat(last.getResponse().getStatus()).as(path).isEqualTo(200);
		}
		Arrays.sort(cpu);
		System.out.printf("BENCHMARK %-12s %10d %10d %10d %12d %10d%n", name, cpu[RENDERS / 2] / 1000,
				Arrays.stream(cpu).sum() / RENDERS / 1000, cpu[(int) (RENDERS * 0.9)] / 1000,
				allocated / RENDERS / 1024, last.getResponse().getContentAsByteArray().length / 1024);
	}

	/**
	 * Where the floor of a signed-in page lies: the same filter chain and session with a
	 * text answer, a template without the layout, and the layout around an empty page.
	 */
	@TestConfiguration
	@Import(FloorController.class)
	static class Floor {

	}

	@Controller
	static class FloorController {

		@GetMapping("/benchmark/text")
		@ResponseBody
		String text() {
			return "Đo";
		}

		@GetMapping("/benchmark/bare")
		String bare() {
			return "benchmark/bare";
		}

		@GetMapping("/benchmark/layout")
		String layout() {
			return "benchmark/layout";
		}

	}

	private MvcResult render(String path, RequestPostProcessor user) throws Exception {
		return mvc.perform(get(path).with(user)).andReturn();
	}

}
