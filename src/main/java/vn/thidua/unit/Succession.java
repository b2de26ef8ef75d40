package vn.thidua.unit;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What a reorganisation hands over on its effective date: each ended unit's heir, the
 * active unit that takes over its work in flight, and the ended units whose accounts are
 * disabled rather than moved.
 */
public record Succession(long reorganisationId, LocalDate effectiveOn, Map<Long, Long> heirs,
		Set<Long> disableAccountsOf) {

	public Succession {
		heirs = Map.copyOf(heirs);
		disableAccountsOf = Set.copyOf(disableAccountsOf);
	}

	public Set<Long> ended() {
		return heirs.keySet();
	}

}
