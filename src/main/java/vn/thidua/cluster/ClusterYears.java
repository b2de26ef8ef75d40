package vn.thidua.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClusterYears extends JpaRepository<ClusterYear, Long> {

	Optional<ClusterYear> findByClusterIdAndYear(long clusterId, int year);

	List<ClusterYear> findByClusterIdOrderByYearDesc(long clusterId);

	/** These years with their members, in one statement. */
	@EntityGraph(attributePaths = "members")
	@Query("select y from ClusterYear y where in_array(y.id, :ids)")
	List<ClusterYear> findWithMembers(Long[] ids);

	@Query("select y from ClusterYear y where in_array(y.id, :ids)")
	List<ClusterYear> findByIds(Long[] ids);

}
