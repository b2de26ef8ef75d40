package vn.thidua.account;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.security.Role;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

/**
 * On the first start against an empty database with no demo data, creates the top unit
 * and the first administrator, whose password comes from configuration or is generated
 * once and written to the log.
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final Accounts accounts;

	private final UnitManagement unitManagement;

	private final UnitCatalog units;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	private final String username;

	private final @Nullable String password;

	private final String unitCode;

	private final String unitName;

	AdminBootstrap(Accounts accounts, UnitManagement unitManagement, UnitCatalog units, PasswordEncoder passwordEncoder,
			JdbcClient jdbc, @Value("${thidua.admin.username:admin}") String username,
			@Value("${thidua.admin.password:}") @Nullable String password,
			@Value("${thidua.admin.unit-code:VN}") String unitCode,
			@Value("${thidua.admin.unit-name:Cả nước}") String unitName) {
		this.accounts = accounts;
		this.unitManagement = unitManagement;
		this.units = units;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
		this.username = username;
		this.password = password;
		this.unitCode = unitCode;
		this.unitName = unitName;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// nodes starting together on an empty database: one makes the administrator, the
		// others wait for it here and then find it
		jdbc.sql("select pg_advisory_xact_lock(hashtext('thidua.admin-bootstrap'))").query().singleRow();
		if (accounts.count() > 0) {
			return;
		}
		long unitId = units.findActiveByCode(unitCode)
			.map(unit -> unit.id())
			.orElseGet(() -> unitManagement
				.createRoot(new UnitDetails(unitCode, unitName, UnitKind.NATIONAL, LocalDate.of(1945, 9, 2)))
				.getId());
		boolean generated = password == null || password.isBlank();
		String initial = generated ? generatePassword() : password;
		accounts.save(new Account(username, passwordEncoder.encode(initial), "Quản trị hệ thống", null, unitId,
				Set.of(Role.ADMIN), true));
		if (generated) {
			log.warn("Created the first administrator '{}' with the one-time password: {}", username, initial);
		}
		else {
			log.info("Created the first administrator '{}' from configuration", username);
		}
	}

	private static String generatePassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
