package vn.thidua.award;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisciplineRecords extends JpaRepository<DisciplineRecord, Long> {

}
