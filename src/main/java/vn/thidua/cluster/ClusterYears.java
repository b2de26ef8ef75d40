package vn.thidua.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterYears extends JpaRepository<ClusterYear, Long> {

	Optional<ClusterYear> findByClusterIdAndYear(long clusterId, int year);

	List<ClusterYear> findByClusterIdOrderByYearDesc(long clusterId);

}
