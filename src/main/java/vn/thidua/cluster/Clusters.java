package vn.thidua.cluster;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Clusters extends JpaRepository<Cluster, Long> {

	boolean existsByCode(String code);

	@Query("select c from Cluster c where in_array(c.id, :ids)")
	List<Cluster> findByIds(Long[] ids);

}
