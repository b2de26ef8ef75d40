package vn.thidua.report.web;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.thidua.report.Half;
import vn.thidua.report.ReportPeriod;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;

/**
 * The unit and period a report page asks for: a unit code (the user's own unit unless
 * given), a year (this year) and a half (the whole year); the pages' form shows them
 * back.
 */
@Component
class ReportChoice {

	private final UnitCatalog units;

	private final Clock clock;

	ReportChoice(UnitCatalog units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	record Chosen(String code, long unitId, ReportPeriod period) {
	}

	Chosen resolve(@Nullable String unit, @Nullable Integer year, @Nullable Half half, CurrentUser user, Model model) {
		String code = unit == null || unit.isBlank() ? units.get(user.unitId()).code() : unit.strip();
		long unitId = units.findByCode(code).orElseThrow(() -> new NotFoundException("unit", code)).id();
		ReportPeriod period = ReportPeriod.of(year == null ? LocalDate.now(clock).getYear() : year,
				half == null ? Half.YEAR : half);
		model.addAttribute("unit", code);
		model.addAttribute("year", period.fromYear());
		model.addAttribute("half", period.half());
		model.addAttribute("halves", Half.values());
		return new Chosen(code, unitId, period);
	}

}
