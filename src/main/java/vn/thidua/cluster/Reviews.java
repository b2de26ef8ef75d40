package vn.thidua.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Reviews extends JpaRepository<Review, Long> {

	Optional<Review> findByClusterYearIdAndPeriod(long clusterYearId, ReviewPeriod period);

	List<Review> findByClusterYearIdOrderByPeriod(long clusterYearId);

	@Query("select r from Review r where in_array(r.clusterYearId, :years) and r.status = :status order by r.period")
	List<Review> findByYearsAndStatus(Long[] years, ReviewStatus status);

}
