package vn.thidua.award;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisciplineRecords extends JpaRepository<DisciplineRecord, Long> {

	List<DisciplineRecord> findByPersonIdOrderByStartedOnDesc(long personId);

	boolean existsByPersonIdAndKindAndStartedOn(long personId, String kind, LocalDate startedOn);

	List<DisciplineRecord> findByUnitIdOrderByStartedOnDesc(long unitId);

	boolean existsByUnitIdAndKindAndStartedOn(long unitId, String kind, LocalDate startedOn);

}
