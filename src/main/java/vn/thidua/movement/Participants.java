package vn.thidua.movement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Participants extends JpaRepository<Participant, Long> {

	boolean existsByMovementIdAndUnitId(long movementId, long unitId);

	Optional<Participant> findByMovementIdAndUnitId(long movementId, long unitId);

	@Query("select p.unitId from Participant p where p.movementId = ?1 and in_array(p.unitId, ?2)")
	List<Long> findUnitIdsAmong(long movementId, Long[] unitIds);

}
