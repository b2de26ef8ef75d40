package vn.thidua.support;

import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.unit.UnitCatalog;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The test world's accounts ({@link vn.thidua.support.world.SeedWorld#ACCOUNTS}) as
 * signed-in principals, for MockMvc requests and service calls.
 */
@Component
public class WorldUsers {

	private final UserDetailsService users;

	private final UnitCatalog units;

	WorldUsers(UserDetailsService users, UnitCatalog units) {
		this.users = users;
		this.units = units;
	}

	public SignedInUser principal(String username) {
		return (SignedInUser) users.loadUserByUsername(username);
	}

	public CurrentUser current(String username) {
		return principal(username).currentUser();
	}

	/**
	 * A reporter of a unit that has no account of its own, as the world's own reports
	 * use.
	 */
	public CurrentUser reporterOf(String unitCode) {
		long unitId = units.findActiveByCode(unitCode).orElseThrow().id();
		return new CurrentUser(0, "test." + unitCode.toLowerCase(Locale.ROOT), "Báo cáo viên " + unitCode, unitId,
				Set.of(Role.UNIT_REPORTER));
	}

	public RequestPostProcessor as(String username) {
		return user(principal(username));
	}

}
