package vn.thidua.unit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Units extends JpaRepository<Unit, Long> {

	@Query(value = "select nextval('unit_seq')", nativeQuery = true)
	long nextId();

	boolean existsByCodeAndActiveTrue(String code);

	Optional<Unit> findByCodeAndActiveTrue(String code);

	@Query("select count(u) from Unit u where u.parentId = :parentId and u.active = true")
	long countActiveChildren(Long parentId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = """
			update unit set path = :newPath || substring(path from length(:oldPath) + 1),
			                depth = depth + :depthChange
			where unit_in_subtree(path, :oldPath) and path <> :oldPath
			""", nativeQuery = true)
	int moveDescendants(String oldPath, String newPath, int depthChange);

}
