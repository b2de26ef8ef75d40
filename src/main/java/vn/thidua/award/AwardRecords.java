package vn.thidua.award;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardRecords extends JpaRepository<AwardRecord, Long> {

}
