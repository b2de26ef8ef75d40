package vn.thidua.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Administrators add, end and override eligibility rules for their own scope without a
 * release: an administrator of the top unit writes national rules, one of a province (or
 * any unit) writes rules for that unit's subtree and may override a rule of a scope above
 * it. Rules of scopes they cannot see answer 404. Every change goes through the
 * {@link EligibilityRule} entity, so the audit log records it.
 */
@Service
@Transactional
public class RuleManagement {

	private final EligibilityRules rules;

	private final RuleBook book;

	private final AwardQueries awards;

	private final UnitCatalog units;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	RuleManagement(EligibilityRules rules, RuleBook book, AwardQueries awards, UnitCatalog units, Clock clock) {
		this.rules = rules;
		this.book = book;
		this.awards = awards;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * The rules of the user's scopes and of the units below, with what an administrator
	 * may do to each today.
	 */
	@Transactional(readOnly = true)
	public List<RuleRow> list(CurrentUser user) {
		return book.listed(user.unitId(), user.isAdmin(), LocalDate.now(clock));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public RuleScope scope(CurrentUser user) {
		UnitRow unit = units.get(user.unitId());
		return new RuleScope(unit.parentId() == null ? null : unit.id(), unit.name());
	}

	@PreAuthorize("hasRole('ADMIN')")
	public EligibilityRule add(RuleDraft draft, CurrentUser user) {
		return rules.save(new EligibilityRule(draft, parameters(draft), scope(user).unitId(), null));
	}

	/**
	 * A rule of the administrator's own scope, to be ended.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public EligibilityRule endable(long id, CurrentUser user) {
		EligibilityRule rule = visible(id, user);
		if (!Objects.equals(rule.getScopeUnitId(), scope(user).unitId())) {
			throw new BusinessRuleViolation("rule.scope.notOwn", rule.getCode());
		}
		return rule;
	}

	/**
	 * Sets the last day a rule of the administrator's own scope applies.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public EligibilityRule end(long id, long version, LocalDate lastDay, CurrentUser user) {
		EligibilityRule rule = endable(id, user);
		StaleEditException.check("rule", id, version, rule.getVersion());
		rule.end(lastDay, LocalDate.now(clock));
		rules.flush();
		return rule;
	}

	/**
	 * A rule of a scope above the administrator's, not ended, of a kind the screens edit:
	 * one that their scope may override.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public EligibilityRule overridable(long id, CurrentUser user) {
		EligibilityRule rule = visible(id, user);
		Long scope = rule.getScopeUnitId();
		if (Objects.equals(scope, scope(user).unitId())) {
			throw new BusinessRuleViolation("rule.override.ownScope", rule.getCode());
		}
		if (scope != null && !units.isWithin(user.unitId(), scope)) {
			throw new BusinessRuleViolation("rule.override.notAbove", rule.getCode());
		}
		if (rule.status(LocalDate.now(clock)) == RuleStatus.ENDED) {
			throw new BusinessRuleViolation("rule.override.ended", rule.getCode());
		}
		if (!RuleParameters.editable(rule.getCheckKind())) {
			throw new BusinessRuleViolation("rule.kind.notEditable");
		}
		return rule;
	}

	/**
	 * Adds a rule of the administrator's scope that replaces, within it, a rule of a
	 * scope above — for the same award and check, with its own parameters and period. The
	 * form carries the overridden rule's version: a rule changed since it was shown is
	 * not overridden.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public EligibilityRule override(long id, long version, RuleDraft draft, CurrentUser user) {
		EligibilityRule overridden = overridable(id, user);
		StaleEditException.check("rule", id, version, overridden.getVersion());
		if (!Objects.equals(draft.awardType(), overridden.getAwardTypeCode())
				|| draft.checkKind() != overridden.getCheckKind()) {
			throw new BusinessRuleViolation("rule.override.sameCheck");
		}
		rules.findByOverridesRuleIdAndScopeUnitId(id, user.unitId())
			.stream()
			.filter(existing -> existing.overlaps(draft.effectiveFrom(), draft.effectiveTo()))
			.findFirst()
			.ifPresent(existing -> {
				throw new BusinessRuleViolation("rule.override.exists", existing.getCode());
			});
		return rules.save(new EligibilityRule(draft, parameters(draft), user.unitId(), id));
	}

	/**
	 * The draft's parameters as stored, once its code, award and kind are acceptable.
	 */
	private String parameters(RuleDraft draft) {
		if (rules.existsByCode(draft.code())) {
			throw new BusinessRuleViolation("rule.code.taken", draft.code());
		}
		List<String> awardTypes = awards.awardTypes();
		if (draft.awardType() != null && !awardTypes.contains(draft.awardType())) {
			throw new BusinessRuleViolation("rule.awardType.unknown");
		}
		if (!RuleParameters.editable(draft.checkKind())) {
			throw new BusinessRuleViolation("rule.kind.notEditable");
		}
		return json.writeValueAsString(RuleParameters.read(draft.checkKind(), draft.parameters(), awardTypes));
	}

	/**
	 * A rule the user can see: national, of a unit above theirs, of theirs or below.
	 */
	private EligibilityRule visible(long id, CurrentUser user) {
		EligibilityRule rule = rules.findById(id).orElseThrow(() -> new NotFoundException("rule", id));
		Long scope = rule.getScopeUnitId();
		if (scope != null && !units.isWithin(user.unitId(), scope) && !units.isWithin(scope, user.unitId())) {
			throw new NotFoundException("rule", id);
		}
		return rule;
	}

}
