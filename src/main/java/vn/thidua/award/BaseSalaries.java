package vn.thidua.award;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BaseSalaries extends JpaRepository<BaseSalary, LocalDate> {

	Optional<BaseSalary> findFirstByEffectiveFromAfterOrderByEffectiveFrom(LocalDate date);

	Optional<BaseSalary> findFirstByEffectiveFromBeforeOrderByEffectiveFromDesc(LocalDate date);

}
