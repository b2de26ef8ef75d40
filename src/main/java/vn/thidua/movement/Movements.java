package vn.thidua.movement;

import org.springframework.data.jpa.repository.JpaRepository;

interface Movements extends JpaRepository<Movement, Long> {

	boolean existsByCode(String code);

}
