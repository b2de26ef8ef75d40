package vn.thidua.cluster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterYears extends JpaRepository<ClusterYear, Long> {

	Optional<ClusterYear> findByClusterIdAndYear(long clusterId, int year);

	List<ClusterYear> findByClusterIdOrderByYearDesc(long clusterId);

	/** These years with their members, in one statement. */
	@EntityGraph(attributePaths = "members")
	List<ClusterYear> findWithMembersByIdIn(Collection<Long> ids);

}
