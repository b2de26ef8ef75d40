package vn.thidua.award;

import java.time.LocalDate;
import java.util.List;

import vn.thidua.unit.UnitKind;

/**
 * Every award authority, answering who may decide what on a date. Pure: the rows come
 * from {@link AwardAuthorities}.
 */
public final class AuthorityBook {

	private final List<AwardAuthority> authorities;

	public AuthorityBook(List<AwardAuthority> authorities) {
		this.authorities = List.copyOf(authorities);
	}

	/**
	 * The head of a unit of this kind decides the award on this date when a row says so;
	 * a province proposes upward an award that an authority above the tree decides; any
	 * other kind is refused, naming who may. With no row in force for the award that day,
	 * authority is not recorded and nothing is refused.
	 */
	public AuthorityVerdict judge(String awardType, UnitKind kind, LocalDate on) {
		List<AwardAuthority> inForce = authorities.stream()
			.filter(authority -> authority.awardType().equals(awardType) && authority.inForceOn(on))
			.toList();
		if (inForce.isEmpty()) {
			return new AuthorityVerdict(AuthorityVerdict.Outcome.UNRECORDED, awardType, kind, on, List.of());
		}
		List<AwardAuthority> own = inForce.stream().filter(authority -> authority.unitKind() == kind).toList();
		if (!own.isEmpty()) {
			return new AuthorityVerdict(AuthorityVerdict.Outcome.DECIDES, awardType, kind, on, own);
		}
		List<AwardAuthority> upper = inForce.stream().filter(authority -> authority.upperAuthority() != null).toList();
		if (kind == UnitKind.PROVINCE && !upper.isEmpty()) {
			return new AuthorityVerdict(AuthorityVerdict.Outcome.UPWARD, awardType, kind, on, upper);
		}
		return new AuthorityVerdict(AuthorityVerdict.Outcome.REFUSED, awardType, kind, on, inForce);
	}

	/**
	 * Whether the head of a unit of this kind decides any award on this date, or proposes
	 * upward (a province).
	 */
	public boolean decidesAny(UnitKind kind, LocalDate on) {
		return kind == UnitKind.PROVINCE
				|| authorities.stream().anyMatch(authority -> authority.unitKind() == kind && authority.inForceOn(on));
	}

	public List<AwardAuthority> all() {
		return authorities;
	}

}
