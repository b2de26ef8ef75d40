package vn.thidua.unit.reorganisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Reorganisations extends JpaRepository<Reorganisation, Long> {

	@Query(value = "select nextval('reorganisation_seq')", nativeQuery = true)
	long nextId();

	@Query(value = """
			select r.* from reorganisation r join unit u on u.id = r.scope_unit_id
			where exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(u.path, root_path)) order by r.id desc limit 500
			""",
			nativeQuery = true)
	List<Reorganisation> findVisible(long root);

}
