package vn.thidua.award;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EligibilityRules extends JpaRepository<EligibilityRule, Long> {

	boolean existsByCode(String code);

	List<EligibilityRule> findByOverridesRuleIdAndScopeUnitId(long overridesRuleId, long scopeUnitId);

}
