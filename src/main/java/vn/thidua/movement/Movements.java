package vn.thidua.movement;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Movements extends JpaRepository<Movement, Long> {

	boolean existsByCode(String code);

	/**
	 * The movement, held shared until a unit's registration commits: a step taken at the
	 * same moment (which updates the row) waits for it, and a registration behind a step
	 * sees the step.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select m from Movement m where m.id = :id")
	Optional<Movement> findForRegistration(long id);

}
