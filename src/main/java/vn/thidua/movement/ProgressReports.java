package vn.thidua.movement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressReports extends JpaRepository<ProgressReport, Long> {

	Optional<ProgressReport> findByMovementIdAndUnitIdAndYearAndPeriod(long movementId, long unitId, int year,
			Period period);

	boolean existsByMovementIdAndUnitId(long movementId, long unitId);

	boolean existsByMovementId(long movementId);

	List<ProgressReport> findByMovementIdAndUnitIdAndYear(long movementId, long unitId, int year);

}
