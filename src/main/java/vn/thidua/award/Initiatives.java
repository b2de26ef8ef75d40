package vn.thidua.award;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Initiatives extends JpaRepository<Initiative, Long> {

	List<Initiative> findByPersonIdOrderByYearDescIdDesc(long personId);

	boolean existsByPersonIdAndTitleAndYear(long personId, String title, int year);

}
