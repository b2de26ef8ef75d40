package vn.thidua.search;

import java.util.List;

import vn.thidua.award.DirectoryRow;
import vn.thidua.movement.MovementRow;
import vn.thidua.proposal.ProposalHit;
import vn.thidua.unit.UnitChoice;

/**
 * What a query found, grouped; a group the user may not read is absent (null-free: empty
 * and not shown).
 */
public record SearchResults(String query, SearchGroup<DirectoryRow> people, SearchGroup<UnitChoice> units,
		SearchGroup<MovementRow> movements, SearchGroup<ProposalHit> proposals, SearchGroup<ProposalHit> decisions,
		boolean peopleShown) {

	public boolean isEmpty() {
		return people.isEmpty() && units.isEmpty() && movements.isEmpty() && proposals.isEmpty() && decisions.isEmpty();
	}

	public List<SearchGroup<?>> groups() {
		return List.of(people, units, movements, proposals, decisions);
	}

}
