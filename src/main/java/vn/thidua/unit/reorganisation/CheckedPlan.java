package vn.thidua.unit.reorganisation;

import java.util.List;
import java.util.Set;

import vn.thidua.unit.Reorganiser;

/**
 * A plan after its check: the problems that stop it, and the units it would create
 * (parents first) and end.
 */
record CheckedPlan(List<PlanProblem> problems, List<Reorganiser.NewUnit> creations,
		List<Reorganiser.Handover> handovers) {

	boolean isApplicable() {
		return problems.isEmpty();
	}

	Set<Long> ending() {
		return handovers.stream().map(Reorganiser.Handover::predecessorId).collect(java.util.stream.Collectors.toSet());
	}

	Set<Long> disableAccountsOf() {
		return handovers.stream()
			.filter(Reorganiser.Handover::disableAccounts)
			.map(Reorganiser.Handover::predecessorId)
			.collect(java.util.stream.Collectors.toSet());
	}

}
