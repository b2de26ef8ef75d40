package vn.thidua.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.thidua.unit.UnitKind;

/**
 * The catalogue as it stood on a date: each award type with who decided it and the cash
 * it carried then, each with its legal source, and the base salary then in force.
 *
 * @param salary the base salary in force on the date, null before the first recorded
 * @param rounding how cash decided on the date is rounded, null when no rule is recorded
 */
public record AwardTypeOverview(LocalDate on, @Nullable BaseSalaryRow salary, @Nullable CashRounding rounding,
		List<Entry> entries) {

	public record Entry(AwardType type, List<Holder> holders, List<Cash> cash) {
	}

	/**
	 * Who decides: the head of a kind of unit, or an authority above the tree.
	 */
	public record Holder(@Nullable UnitKind unitKind, @Nullable UpperAuthority upperAuthority, String legalSource,
			boolean verified) {

		/** The message key naming the holder, e.g. "the provincial chair". */
		public String holderKey() {
			return upperAuthority != null ? "UpperAuthority." + upperAuthority : "authority.head." + unitKind;
		}

	}

	/**
	 * The cash of the award: multiplier × base salary (one and a half times for a
	 * household) and rounded, for decisions of a kind of unit when {@code unitKind} is
	 * set.
	 */
	public record Cash(@Nullable UnitKind unitKind, BigDecimal multiplier, @Nullable BigDecimal amount,
			String legalSource, boolean verified) {
	}

}
