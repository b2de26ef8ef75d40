package vn.thidua.unit;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TreeFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code unit_in_subtree} (V41), the one way the other modules say "in this unit's
 * subtree": its answers on a small tree, and that PostgreSQL inlines it so that a subtree
 * read stays a range of the path index.
 */
@IntegrationTest
@WithMockUser(roles = { "ADMIN", "OFFICER" })
class UnitSubtreeTests {

	private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

	@Autowired
	TreeFixture tree;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	Unit province;

	Unit district;

	Unit commune;

	Unit neighbour;

	@BeforeEach
	void tree() {
		String prefix = tree.prefix();
		province = tree.unit(tree.root(), prefix + "-P", "Tỉnh Cây " + prefix, UnitKind.PROVINCE, FROM);
		district = tree.unit(province.getId(), prefix + "-D", "Huyện Cây " + prefix, UnitKind.DISTRICT, FROM);
		commune = tree.unit(district.getId(), prefix + "-C", "Xã Cây " + prefix, UnitKind.COMMUNE, FROM);
		neighbour = tree.unit(tree.root(), prefix + "-N", "Tỉnh Bên " + prefix, UnitKind.PROVINCE, FROM);
	}

	@Test
	void aSubtreeIsTheUnitItselfAndEveryUnitBelowIt() {
		assertThat(inSubtree(province, province)).isTrue();
		assertThat(inSubtree(district, province)).isTrue();
		assertThat(inSubtree(commune, province)).isTrue();
		assertThat(inSubtree(commune, district)).isTrue();

		assertThat(inSubtree(province, district)).as("a unit above").isFalse();
		assertThat(inSubtree(district, commune)).as("a unit above").isFalse();
		assertThat(inSubtree(neighbour, province)).as("a sibling").isFalse();
		assertThat(inSubtree(commune, neighbour)).as("under a sibling").isFalse();

		long root = tree.root();
		assertThat(jdbc.sql("select unit_in_subtree(u.path, r.path) from unit u, unit r where u.id = ? and r.id = ?")
			.params(commune.getId(), root)
			.query(Boolean.class)
			.single()).as("everything lies under the top unit").isTrue();
	}

	/**
	 * The path format the function relies on: ids between slashes, closed by one, so no
	 * path holds a LIKE wildcard and a unit whose id starts with another's digits
	 * ("/1/20/" next to "/1/2/") is not taken for its child.
	 */
	@Test
	void pathsAreIdsBetweenSlashesSoACommonDigitPrefixIsNoSubtree() {
		assertThat(jdbc.sql("select count(*) from unit where path !~ '^(/[0-9]+)+/$'").query(Long.class).single())
			.as("paths that are not ids between slashes")
			.isZero();
		assertThat(commune.getPath()).isEqualTo(
				"/" + tree.root() + "/" + province.getId() + "/" + district.getId() + "/" + commune.getId() + "/");

		String sibling = province.getPath() + district.getId() + "0/";
		assertThat(answer(sibling, district.getPath())).as("a sibling whose id extends the root's").isFalse();
		assertThat(answer(district.getPath() + "7/", district.getPath())).isTrue();
		assertThat(jdbc.sql("select unit_in_subtree(null, ?) is null")
			.param(district.getPath())
			.query(Boolean.class)
			.single()).as("like LIKE, no answer for no path").isTrue();
	}

	/**
	 * With a bound root, the inlined function leaves the planner a LIKE on a known
	 * prefix, which it reads as a range of {@code unit_path_idx}; a function PostgreSQL
	 * could not inline would hide the LIKE and force a full scan of the units.
	 */
	@Test
	void aSubtreeReadIsARangeOfThePathIndex() {
		String plan = plan("select u.id from unit u where unit_in_subtree(u.path, ?)", province.getPath());

		assertThat(plan).contains("Index", "unit_path_idx", "~>=~", "~<~").doesNotContain("unit_in_subtree");
		List<Long> ids = jdbc.sql("select u.id from unit u where unit_in_subtree(u.path, ?) order by u.path")
			.param(province.getPath())
			.query(Long.class)
			.list();
		assertThat(ids).containsExactly(province.getId(), district.getId(), commune.getId());
	}

	/**
	 * The forms the modules use (a root read by a subquery, joined units, the negation)
	 * are inlined as well, so no query pays for a function call per row.
	 */
	@Test
	void everyFormInTheQueriesIsInlined() {
		assertThat(
				plan("select count(*) from unit u where unit_in_subtree(u.path, (select path from unit where id = ?))",
						province.getId()))
			.doesNotContain("unit_in_subtree");
		assertThat(plan("select count(*) from unit u join unit r on r.id = ? where unit_in_subtree(u.path, r.path)"
				+ " and not unit_in_subtree(r.path, u.path)", province.getId()))
			.doesNotContain("unit_in_subtree");
		assertThat(plan("select count(*) from unit u where exists (select 1 from unit_scope(?) scope_roots(root_path)"
				+ " where unit_in_subtree(u.path, root_path))", province.getId()))
			.contains("Semi Join", "unit_heritage")
			.doesNotContain("unit_scope", "unit_in_subtree", "Function Scan");
	}

	/**
	 * The sets of ids read from the path index (V51) hold exactly the units the
	 * semi-joins of V41 and V43 find, for every unit of the database as root, one of them
	 * having inherited another province's subtree.
	 */
	@Test
	void theUnitsOfASubtreeOrScopeAreThoseThePrefixFinds() {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("insert into unit_heritage (heir_id, path) values (?, ?)")
				.params(commune.getId(), neighbour.getPath())
				.update();
			assertThat(jdbc.sql("""
					select count(*) from unit r
					where array(select distinct id from unit_scope_units(r.id) order by 1)
					      is distinct from array(select u.id from unit u where exists (select 1 from unit_scope(r.id)
					          scope_roots(root_path) where u.path like root_path || '%') order by 1)
					   or array(select id from unit_subtree_units(r.id) order by 1)
					      is distinct from array(select u.id from unit u where u.path like r.path || '%' order by 1)""")
				.query(Long.class)
				.single()).as("roots whose units differ").isZero();
			assertThat(jdbc.sql("select count(distinct id) from unit_scope_units(?)")
				.param(commune.getId())
				.query(Long.class)
				.single()).as("the commune and the inherited province").isEqualTo(2);
			status.setRollbackOnly();
		});
	}

	/**
	 * Both are inlined, and with a country's 20.000 units each root reads its range of
	 * {@code unit_path_idx} rather than testing every unit against it (the units are
	 * added and analysed in a transaction that is rolled back).
	 */
	@Test
	void theUnitsOfAScopeAreReadFromThePathIndex() {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("""
					insert into unit (id, code, name, kind, parent_id, path, depth, search_text, valid_from, current_id)
					select n, 'T-SCALE-' || n, 'Xã ' || n, 'COMMUNE', ?, ? || n || '/', 2, 'xa', date '2020-01-01', n
					from (select 900000000 + g as n from generate_series(1, 20000) g) s""")
				.params(neighbour.getId(), neighbour.getPath())
				.update();
			jdbc.sql("analyze unit").update();
			for (String function : List.of("unit_scope_units", "unit_subtree_units")) {
				assertThat(plan("select count(*) from unit u where u.id in (select id from " + function + "(?))",
						province.getId()))
					.contains("unit_path_idx", "~>=~", "~<~")
					.doesNotContain(function, "Function Scan");
			}
			status.setRollbackOnly();
		});
	}

	private boolean inSubtree(Unit unit, Unit root) {
		return jdbc.sql("select unit_in_subtree(u.path, r.path) from unit u, unit r where u.id = ? and r.id = ?")
			.params(unit.getId(), root.getId())
			.query(Boolean.class)
			.single();
	}

	private boolean answer(String unitPath, String rootPath) {
		return jdbc.sql("select unit_in_subtree(?, ?)").params(unitPath, rootPath).query(Boolean.class).single();
	}

	/**
	 * The verbose plan PostgreSQL chooses when a full scan is made expensive, as on a
	 * large table.
	 */
	private String plan(String sql, Object parameter) {
		return transactions.execute(status -> {
			jdbc.sql("set local enable_seqscan = off").update();
			return String.join("\n", jdbc.sql("explain (verbose) " + sql).param(parameter).query(String.class).list());
		});
	}

}
