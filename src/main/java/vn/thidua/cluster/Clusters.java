package vn.thidua.cluster;

import org.springframework.data.jpa.repository.JpaRepository;

interface Clusters extends JpaRepository<Cluster, Long> {

	boolean existsByCode(String code);

}
