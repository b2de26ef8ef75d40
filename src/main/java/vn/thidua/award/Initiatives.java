package vn.thidua.award;

import org.springframework.data.jpa.repository.JpaRepository;

interface Initiatives extends JpaRepository<Initiative, Long> {

}
