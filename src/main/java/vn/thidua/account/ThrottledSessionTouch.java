package vn.thidua.account;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The stored session is touched at most once a minute. Spring Session's JDBC store
 * updates a session's row (and its expiry index) on every request only to move its last
 * access time forward, in a transaction of its own: the costliest statement of a
 * signed-in page view. Here a request changes the row only when it changes the session or
 * when the last recorded access is a minute old; an idle session therefore expires at
 * most a minute early (of an eight-hour timeout). Within a request the session is read
 * once: Spring Session commits a page's session twice (when the page is written and when
 * its filter ends) and reads it again the second time only to learn its id. And the read
 * runs without a transaction of its own ({@link SessionTransactions}).
 */
@Configuration(proxyBeanMethods = false)
class ThrottledSessionTouch {

	static final Duration INTERVAL = Duration.ofMinutes(1);

	/**
	 * Spring Boot configures the JDBC store and its filter from the application's
	 * properties; the filter is replaced by one reading the same store through
	 * {@link Repository}, with the same session cookie.
	 */
	@Bean
	static BeanPostProcessor throttledSessionFilter(ObjectProvider<JdbcIndexedSessionRepository> sessions,
			ObjectProvider<CookieSerializer> cookies) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof SessionRepositoryFilter<?>)) {
					return bean;
				}
				var resolver = new CookieHttpSessionIdResolver();
				resolver.setCookieSerializer(cookies.getObject());
				var filter = new Filter(new Repository(sessions.getObject()));
				filter.setHttpSessionIdResolver(resolver);
				return filter;
			}

		};
	}

	/**
	 * Spring Session's own conversions of attributes (Java serialisation with the
	 * application's class loader), with the security context kept
	 * ({@link KeptSecurityContexts}).
	 */
	@Bean
	static SessionRepositoryCustomizer<JdbcIndexedSessionRepository> keptSecurityContexts() {
		var conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class,
				new KeptSecurityContexts(new DeserializingConverter(ClassUtils.getDefaultClassLoader())));
		return repository -> repository.setConversionService(conversions);
	}

	/**
	 * Taken by Spring Session's JDBC configuration by its name; no default candidate, so
	 * that the application's own {@code TransactionTemplate} is still configured.
	 */
	@Bean(defaultCandidate = false)
	static SessionTransactions springSessionTransactionOperations(
			@SpringSessionTransactionManager PlatformTransactionManager transactionManager) {
		var transactions = new TransactionTemplate(transactionManager);
		transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new SessionTransactions(transactions);
	}

	/**
	 * Spring Session's store runs each of its operations in a new transaction. Reading a
	 * session is one statement joining the session and its attributes, atomic alone: run
	 * in autocommit it saves a COMMIT's round trip and the transaction manager's work on
	 * every request. Writes and deletes keep their transactions.
	 */
	static final class SessionTransactions implements TransactionOperations {

		private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

		private final TransactionOperations transactions;

		SessionTransactions(TransactionOperations transactions) {
			this.transactions = transactions;
		}

		@Override
		public <T> @Nullable T execute(TransactionCallback<T> action) {
			if (READING.get() == null) {
				return transactions.execute(action);
			}
			// only the read itself: an expired session found is deleted in a transaction
			READING.remove();
			return TransactionOperations.withoutTransaction().execute(action);
		}

		static <S extends Session> @Nullable S read(FindByIndexNameSessionRepository<S> sessions, String id) {
			READING.set(Boolean.TRUE);
			try {
				return sessions.findById(id);
			}
			finally {
				READING.remove();
			}
		}

	}

	/** Spring Session's filter, with the session read in a request remembered. */
	static final class Filter extends SessionRepositoryFilter<Touched> {

		private final Repository repository;

		Filter(Repository repository) {
			super(repository);
			this.repository = repository;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			repository.read.set(new Touched[1]);
			try {
				super.doFilterInternal(request, response, chain);
			}
			finally {
				repository.read.remove();
			}
		}

	}

	static final class Repository implements FindByIndexNameSessionRepository<Touched> {

		/** The session read in the current request, if a request is under way. */
		final ThreadLocal<Touched[]> read = new ThreadLocal<>();

		private final FindByIndexNameSessionRepository<Session> sessions;

		@SuppressWarnings({ "unchecked", "rawtypes" })
		Repository(FindByIndexNameSessionRepository<? extends Session> sessions) {
			this.sessions = (FindByIndexNameSessionRepository) sessions;
		}

		@Override
		public Touched createSession() {
			return new Touched(sessions.createSession(), true);
		}

		@Override
		public void save(Touched session) {
			if (session.changed) {
				sessions.save(session.stored);
				session.changed = false;
			}
		}

		@Override
		public @Nullable Touched findById(String id) {
			Touched[] request = read.get();
			if (request != null && request[0] != null && request[0].getId().equals(id)) {
				return request[0];
			}
			var stored = SessionTransactions.read(sessions, id);
			Touched found = stored == null ? null : new Touched(stored, false);
			if (request != null) {
				request[0] = found;
			}
			return found;
		}

		@Override
		public void deleteById(String id) {
			Touched[] request = read.get();
			if (request != null) {
				request[0] = null;
			}
			sessions.deleteById(id);
		}

		@Override
		public Map<String, Touched> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			Map<String, Touched> found = new LinkedHashMap<>();
			sessions.findByIndexNameAndIndexValue(indexName, indexValue)
				.forEach((id, session) -> found.put(id, new Touched(session, false)));
			return found;
		}

	}

	/**
	 * A stored session whose changes are recorded, and whose last access moves only when
	 * it is {@link #INTERVAL} old.
	 */
	static final class Touched implements Session {

		private final Session stored;

		private boolean changed;

		Touched(Session stored, boolean changed) {
			this.stored = stored;
			this.changed = changed;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(INTERVAL) >= 0) {
				stored.setLastAccessedTime(lastAccessedTime);
				changed = true;
			}
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
			changed = true;
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
			changed = true;
		}

		@Override
		public String changeSessionId() {
			changed = true;
			return stored.changeSessionId();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
			changed = true;
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

}
