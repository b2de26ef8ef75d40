package vn.thidua.award;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks nominations against the rules in force on the day a proposal was received, for
 * the proposing unit's scope. The registry is read once for the whole batch, so a
 * proposal of a thousand lines costs the same few queries as one of ten.
 */
@Service
@Transactional(readOnly = true)
public class EligibilityEngine {

	private final RuleBook rules;

	private final RegistryReader registry;

	EligibilityEngine(RuleBook rules, RegistryReader registry) {
		this.rules = rules;
		this.registry = registry;
	}

	public List<Eligibility> check(Collection<Nominee> nominees, LocalDate receivedOn, long proposingUnitId) {
		return check(nominees, receivedOn, proposingUnitId, List.of());
	}

	/**
	 * Checks as if the given awards were not in the registry: a decided proposal is
	 * judged without the awards it produced itself.
	 */
	public List<Eligibility> check(Collection<Nominee> nominees, LocalDate receivedOn, long proposingUnitId,
			Collection<Long> excludedAwards) {
		List<Rule> inForce = rules.inForce(receivedOn, proposingUnitId);
		Registry facts = registry.read(nominees, receivedOn, notCounting(inForce), excludedAwards).alongside(nominees);
		return nominees.stream().map(nominee -> judge(nominee, inForce, facts)).toList();
	}

	private static Eligibility judge(Nominee nominee, List<Rule> inForce, Registry facts) {
		List<RuleResult> results = inForce.stream()
			.filter(rule -> rule.appliesTo(nominee.awardType()))
			.map(rule -> rule.checkKind().check(rule, nominee, facts))
			.filter(Objects::nonNull)
			.toList();
		return new Eligibility(nominee, results);
	}

	private static Set<AwardKind> notCounting(List<Rule> inForce) {
		Set<AwardKind> kinds = EnumSet.noneOf(AwardKind.class);
		inForce.stream()
			.filter(rule -> rule.checkKind() == CheckKind.LADDER_EXCLUDES_KINDS)
			.forEach(rule -> ((List<?>) rule.parameters().get("kinds"))
				.forEach(kind -> kinds.add(AwardKind.valueOf(kind.toString()))));
		return kinds;
	}

}
