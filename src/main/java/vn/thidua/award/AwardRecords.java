package vn.thidua.award;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardRecords extends JpaRepository<AwardRecord, Long> {

	List<AwardRecord> findByPersonIdOrderByYearDescIdDesc(long personId);

	List<AwardRecord> findByDecisionNumberAndPersonId(String decisionNumber, long personId);

	List<AwardRecord> findByDecisionNumberAndUnitIdAndPersonIdIsNull(String decisionNumber, long unitId);

}
