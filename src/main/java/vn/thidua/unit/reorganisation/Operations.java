package vn.thidua.unit.reorganisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Operations extends JpaRepository<Operation, Long> {

	List<Operation> findByReorganisationIdOrderByPosition(long reorganisationId);

}
