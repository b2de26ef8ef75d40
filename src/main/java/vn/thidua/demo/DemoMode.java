package vn.thidua.demo;

import org.jspecify.annotations.Nullable;
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

	private final boolean enabled;

	DemoMode(@Value("${thidua.demo.enabled:}") @Nullable Boolean enabled,
			ObjectProvider<EmbeddedPostgres> embeddedPostgres) {
		this.enabled = enabled != null ? enabled : embeddedPostgres.getIfAvailable() != null;
	}

	boolean isEnabled() {
		return enabled;
	}

}
