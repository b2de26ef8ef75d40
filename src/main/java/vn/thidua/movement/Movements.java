package vn.thidua.movement;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Movements extends JpaRepository<Movement, Long> {

	boolean existsByCode(String code);

	/**
	 * Holds the movement's row alone until the transaction ends: a step, a withdrawal or
	 * a change to targets or participants decides on what is committed, and units' writes
	 * behind it see its outcome.
	 */
	@Query(value = "select id from movement where id = :id for update", nativeQuery = true)
	Optional<Long> holdAlone(long id);

	/**
	 * Holds the movement's row shared until the transaction ends, for a unit's write that
	 * depends on its status (a registration, pledges, a progress report or its evidence):
	 * units still write side by side, while a step waits for them or they for it.
	 */
	@Query(value = "select id from movement where id = :id for share", nativeQuery = true)
	Optional<Long> holdShared(long id);

}
