package vn.thidua.unit.reorganisation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.thidua.unit.Reorganiser;
import vn.thidua.unit.SuccessionEffect;
import vn.thidua.unit.SuccessionRow;
import vn.thidua.unit.UnitRow;

/**
 * A plan as its page shows it: the record, its operations, and for a draft the problems
 * that stop it and what applying it would do; for an applied plan the units it ended and
 * created.
 */
public record PlanView(Reorganisation reorganisation, UnitRow scope, List<Operation> operations,
		List<PlanProblem> problems, List<Reorganiser.NewUnit> creations, List<UnitRow> ending,
		List<SuccessionEffect> effects, List<SuccessionRow> successions, @Nullable String documentName) {

	public boolean isApplicable() {
		return !reorganisation.isApplied() && problems.isEmpty() && !operations.isEmpty();
	}

}
