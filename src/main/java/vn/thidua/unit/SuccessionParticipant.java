package vn.thidua.unit;

import java.util.List;
import java.util.Set;

/**
 * A module whose records of today follow a reorganisation: people, accounts, running
 * movements, open cluster years, proposals in flight, API keys, reminders. Each module
 * implements it for its own tables, so the unit module depends on none of them; history
 * (awards, decisions, finished work) is never moved.
 */
public interface SuccessionParticipant {

	/**
	 * What would follow a plan that ends these units; zero counts may be left out.
	 */
	List<SuccessionEffect> preview(Set<Long> ending, Set<Long> disableAccountsOf);

	/**
	 * Moves this module's records of today from each ended unit to its heir, in the
	 * caller's transaction.
	 */
	void apply(Succession succession);

}
