package vn.thidua.shared.database;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code in_array(e.id, :ids)} in a JPA query on PostgreSQL: none, one and several ids,
 * numbers and texts.
 */
@IntegrationTest
@Transactional
@WithMockUser(roles = { "ADMIN", "OFFICER" })
class InArrayFunctionTests {

	@Autowired
	TreeFixture tree;

	@Autowired
	EntityManager entities;

	@Test
	void selectsTheRowsWhoseValueIsInTheArray() {
		LocalDate from = LocalDate.of(2025, 7, 1);
		Unit a = tree.unit(tree.root(), tree.prefix() + "-A", "Phường Một", UnitKind.COMMUNE, from);
		Unit b = tree.unit(tree.root(), tree.prefix() + "-B", "Phường Hai", UnitKind.COMMUNE, from);
		Unit c = tree.unit(tree.root(), tree.prefix() + "-C", "Xã Ba", UnitKind.COMMUNE, from);

		assertThat(ids(new Long[] { a.getId(), c.getId() })).containsExactly(a.getId(), c.getId());
		assertThat(ids(new Long[] { b.getId() })).containsExactly(b.getId());
		assertThat(ids(new Long[0])).isEmpty();
		assertThat(
				entities.createQuery("select u.id from Unit u where in_array(u.code, :codes) order by u.id", Long.class)
					.setParameter("codes", new String[] { b.getCode(), "NO-SUCH-CODE" })
					.getResultList())
			.containsExactly(b.getId());
	}

	private List<Long> ids(Long[] ids) {
		return entities.createQuery("select u.id from Unit u where in_array(u.id, :ids) order by u.id", Long.class)
			.setParameter("ids", ids)
			.getResultList();
	}

}
