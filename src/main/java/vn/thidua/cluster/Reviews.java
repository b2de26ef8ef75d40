package vn.thidua.cluster;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Reviews extends JpaRepository<Review, Long> {

	Optional<Review> findByClusterYearIdAndPeriod(long clusterYearId, ReviewPeriod period);

	List<Review> findByClusterYearIdOrderByPeriod(long clusterYearId);

	@Query("select r from Review r where in_array(r.clusterYearId, :years) and r.status = :status order by r.period")
	List<Review> findByYearsAndStatus(Long[] years, ReviewStatus status);

	/**
	 * The review, held shared until the transaction commits, for the cells and
	 * self-assessments saved while it is open: they are saved side by side, and a
	 * finalisation waits for them or they for it.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select r from Review r where r.id = :id")
	Optional<Review> findSharing(long id);

	/**
	 * The review, held alone while it is finalised, reopened or a member proposed from
	 * it.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Review r where r.id = :id")
	Optional<Review> findAlone(long id);

}
