package vn.thidua.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The stored session is read once per request; the database behaviour (touching at most
 * once a minute, expiry) is in {@link AnonymousSessionTests}.
 */
class ThrottledSessionTouchTests {

	@SuppressWarnings("unchecked")
	private final FindByIndexNameSessionRepository<Session> store = mock(FindByIndexNameSessionRepository.class);

	private final ThrottledSessionTouch.Repository repository = new ThrottledSessionTouch.Repository(store);

	private final MapSession session = new MapSession("the-session");

	@Test
	void aRequestReadsItsSessionOnce() throws Exception {
		session.setAttribute("user", "canbo");
		when(store.findById("the-session")).thenReturn(session);

		String seen = request(new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
				response.setHeader("user", (String) request.getSession(false).getAttribute("user"));
				// a page committed before the filter ends: Spring Session commits the
				// session twice
				response.getWriter().write("<p>Trang chủ</p>");
				response.flushBuffer();
			}
		});

		assertThat(seen).isEqualTo("canbo");
		verify(store, times(1)).findById("the-session");
	}

	@Test
	void eachRequestReadsItAgain() throws Exception {
		when(store.findById("the-session")).thenReturn(session);
		HttpServlet page = new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest request, HttpServletResponse response) {
				request.getSession(false);
			}
		};

		request(page);
		request(page);

		verify(store, times(2)).findById("the-session");
	}

	@Test
	void outsideARequestEveryLookUpReadsTheStore() {
		when(store.findById("the-session")).thenReturn(session);

		repository.findById("the-session");
		repository.findById("the-session");

		verify(store, times(2)).findById("the-session");
	}

	@Test
	void theStoreReadsASessionWithoutATransactionAndDeletesItInOne() {
		List<String> transactions = new ArrayList<>();
		TransactionOperations opening = new TransactionOperations() {
			@Override
			public <T> @Nullable T execute(TransactionCallback<T> action) {
				transactions.add("transaction");
				return action.doInTransaction(new SimpleTransactionStatus());
			}
		};
		JdbcOperations jdbc = mock(JdbcOperations.class);
		when(jdbc.query(anyString(), any(PreparedStatementSetter.class), any(ResultSetExtractor.class)))
			.thenReturn(List.of());
		var stored = new ThrottledSessionTouch.Repository(
				new JdbcIndexedSessionRepository(jdbc, new ThrottledSessionTouch.SessionTransactions(opening)));

		assertThat(stored.findById("the-session")).isNull();
		verify(jdbc).query(anyString(), any(PreparedStatementSetter.class), any(ResultSetExtractor.class));
		assertThat(transactions).isEmpty();

		stored.deleteById("the-session");
		assertThat(transactions).containsExactly("transaction");
	}

	private String request(HttpServlet servlet) throws Exception {
		var filter = new ThrottledSessionTouch.Filter(repository);
		var request = new MockHttpServletRequest("GET", "/");
		request.setCookies(new Cookie("SESSION",
				Base64.getEncoder().encodeToString("the-session".getBytes(StandardCharsets.UTF_8))));
		var response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain(servlet));
		return response.getHeader("user");
	}

}
