package vn.thidua.integration;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiKeys extends JpaRepository<ApiKey, Long> {

	Optional<ApiKey> findByPrefix(String prefix);

	@Query(value = """
			select k.* from api_key k join unit u on u.id = k.unit_id
			where exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(u.path, root_path))
			order by k.id desc
			""",
			countQuery = """
					select count(*) from api_key k join unit u on u.id = k.unit_id
					where exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(u.path, root_path))
					""",
			nativeQuery = true)
	Page<ApiKey> findInSubtree(long root, Pageable pageable);

}
