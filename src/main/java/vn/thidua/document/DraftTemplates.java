package vn.thidua.document;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DraftTemplates extends JpaRepository<DraftTemplate, Long> {

	Optional<DraftTemplate> findByUnitIdAndKind(long unitId, DraftKind kind);

	List<DraftTemplate> findByUnitId(long unitId);

}
