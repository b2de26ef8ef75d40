package vn.thidua.support.world;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.shared.security.SignedInUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.unit.UnitCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test world is seeded before the administrator bootstrap runs, so the database has
 * one root, the world's, and the world's administrator rather than a bootstrapped one.
 */
@IntegrationTest
class SeedWorldTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitCatalog units;

	@Autowired
	WorldUsers users;

	@Test
	void theWorldOwnsTheOnlyRootAndItsAccountsAreTheOnesSeeded() {
		// other tests may build trees of their own; the bootstrap's root would be a
		// second "Cả nước"
		assertThat(jdbc.sql("select code || ' ' || name from unit where parent_id is null and name = 'Cả nước'")
			.query(String.class)
			.list()).containsExactly("VN Cả nước");

		long root = units.findActiveByCode("VN").orElseThrow().id();
		SignedInUser admin = users.principal("admin");
		assertThat(admin.mustChangePassword()).as("not an administrator made by the bootstrap").isFalse();
		assertThat(admin.currentUser().unitId()).isEqualTo(root);
		assertThat(SeedWorld.ACCOUNTS).allSatisfy(account -> {
			SignedInUser user = users.principal(account.username());
			assertThat(user.currentUser().fullName()).isEqualTo(account.fullName());
			assertThat(user.currentUser().roles()).containsExactly(account.role());
		});
	}

}
