package vn.thidua.unit;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitCorrections extends JpaRepository<UnitCorrection, Long> {

}
