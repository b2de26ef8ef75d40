package vn.thidua.award;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PerformanceRatings extends JpaRepository<PerformanceRating, Long> {

	Optional<PerformanceRating> findByPersonIdAndYear(long personId, int year);

	Optional<PerformanceRating> findByUnitIdAndYear(long unitId, int year);

	List<PerformanceRating> findByPersonIdOrderByYearDesc(long personId);

}
