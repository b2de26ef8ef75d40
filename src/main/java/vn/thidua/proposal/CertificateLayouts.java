package vn.thidua.proposal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateLayouts extends JpaRepository<CertificateLayout, Long> {

	Optional<CertificateLayout> findByScopeUnitIdAndAwardTypeCode(long scopeUnitId, String awardTypeCode);

	List<CertificateLayout> findByScopeUnitIdOrderByAwardTypeCode(long scopeUnitId);

}
