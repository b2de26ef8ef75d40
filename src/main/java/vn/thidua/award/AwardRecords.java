package vn.thidua.award;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AwardRecords extends JpaRepository<AwardRecord, Long> {

	List<AwardRecord> findByPersonIdOrderByYearDescIdDesc(long personId);

	@Query("select a from AwardRecord a where in_array(a.id, :ids)")
	List<AwardRecord> findByIds(Long[] ids);

	List<AwardRecord> findByDecisionNumberAndPersonId(String decisionNumber, long personId);

	List<AwardRecord> findByDecisionNumberAndUnitIdAndPersonIdIsNull(String decisionNumber, long unitId);

}
