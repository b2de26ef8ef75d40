package vn.thidua.integration;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

	/**
	 * Notes a key's use at most once per interval: one indexed update a minute per key,
	 * not a write per request, and no version bump that would make a revocation stale.
	 */
	@Modifying
	@Query(value = "update api_key set last_used_at = :now where id = :id and (last_used_at is null or last_used_at < :since)",
			nativeQuery = true)
	int touch(long id, Instant now, Instant since);

}
