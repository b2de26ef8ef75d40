package vn.thidua.unit;

import org.springframework.data.jpa.repository.JpaRepository;

interface SigningSettingsRepository extends JpaRepository<SigningSettings, Long> {

}
