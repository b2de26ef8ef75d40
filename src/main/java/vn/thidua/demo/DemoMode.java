package vn.thidua.demo;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.thidua.shared.database.EmbeddedPostgres;

/**
 * Demo data and accounts are on when asked for, and by default whenever the embedded
 * database is used.
 */
@Component
class DemoMode {

	private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

	private final boolean enabled;

	DemoMode(@Value("${thidua.demo.enabled:}") @Nullable Boolean enabled,
			ObjectProvider<EmbeddedPostgres> embeddedPostgres) {
		this.enabled = enabled != null ? enabled : embeddedPostgres.getIfAvailable() != null;
		if (this.enabled) {
			log.warn("*** DEMO MODE IS ON: demo data and demo accounts with a published password are seeded on an "
					+ "empty database and listed on the sign-in page. Never use it with real data: set "
					+ "THIDUA_DEMO_ENABLED=false. ***");
		}
	}

	boolean isEnabled() {
		return enabled;
	}

}
