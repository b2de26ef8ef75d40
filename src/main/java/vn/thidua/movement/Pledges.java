package vn.thidua.movement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Pledges extends JpaRepository<Pledge, Long> {

	List<Pledge> findByMovementIdAndUnitIdAndYear(long movementId, long unitId, int year);

	boolean existsByMovementId(long movementId);

}
