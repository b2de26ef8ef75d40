package vn.thidua.cluster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Reviews extends JpaRepository<Review, Long> {

	Optional<Review> findByClusterYearIdAndPeriod(long clusterYearId, ReviewPeriod period);

	List<Review> findByClusterYearIdOrderByPeriod(long clusterYearId);

	List<Review> findByClusterYearIdInAndStatusOrderByPeriod(Collection<Long> clusterYearIds, ReviewStatus status);

}
