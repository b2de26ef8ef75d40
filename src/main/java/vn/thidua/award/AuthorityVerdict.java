package vn.thidua.award;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.thidua.unit.UnitKind;

/**
 * Whether the head of a kind of unit may decide an award type on a date: it decides it;
 * it proposes it upward (a province, for an award of the Prime Minister or the
 * President); it may not (with who may); or no authority is recorded for that date.
 */
public record AuthorityVerdict(Outcome outcome, String awardType, UnitKind unitKind, LocalDate on,
		List<AwardAuthority> holders) {

	public enum Outcome {

		DECIDES, UPWARD, REFUSED, UNRECORDED

	}

	public boolean refused() {
		return outcome == Outcome.REFUSED;
	}

	/**
	 * The authority above the tree that decides, for an upward verdict.
	 */
	public @Nullable UpperAuthority upperAuthority() {
		return outcome == Outcome.UPWARD ? holders.getFirst().upperAuthority() : null;
	}

	/**
	 * The legal sources of the holders, each once.
	 */
	public String legalSource() {
		return String.join("; ", holders.stream().map(AwardAuthority::legalSource).distinct().toList());
	}

}
