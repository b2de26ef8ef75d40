package vn.thidua.report.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.thidua.award.AwardLevel;
import vn.thidua.award.AwardQueries;
import vn.thidua.cluster.ClusterQueries;
import vn.thidua.movement.MovementQueries;
import vn.thidua.report.AwardStatistics;
import vn.thidua.report.Dimension;
import vn.thidua.report.Half;
import vn.thidua.report.ReportPeriod;
import vn.thidua.report.StatisticsQuery;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Forms;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Award statistics of the user's subtree: filters, the table with every figure linked to
 * its registry list, and a chart.
 */
@Controller
class StatisticsController {

	static final int CHOICES = 200;

	private final AwardStatistics statistics;

	private final AwardQueries awards;

	private final MovementQueries movements;

	private final ClusterQueries clusters;

	private final UnitCatalog units;

	private final Clock clock;

	StatisticsController(AwardStatistics statistics, AwardQueries awards, MovementQueries movements,
			ClusterQueries clusters, UnitCatalog units, Clock clock) {
		this.statistics = statistics;
		this.awards = awards;
		this.movements = movements;
		this.clusters = clusters;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/reports/awards")
	String awards(@Valid @ModelAttribute("form") StatisticsForm form, BindingResult result, CurrentUser user,
			Model model) {
		Forms.requireBound(result);
		StatisticsForm filters = form.withDefaults(LocalDate.now(clock).getYear(), units.get(user.unitId()).code());
		model.addAttribute("form", filters);
		StatisticsQuery query = result.hasErrors() ? null : query(filters, result, user);
		if (query != null) {
			model.addAttribute("statistics", statistics.statistics(query, user));
		}
		ReportPeriod shown = query != null ? query.period()
				: ReportPeriod.of(LocalDate.now(clock).getYear(), Half.YEAR);
		model.addAttribute("types", awards.awardTypes());
		model.addAttribute("levels", AwardLevel.values());
		model.addAttribute("halves", Half.values());
		model.addAttribute("dimensions", Dimension.values());
		model.addAttribute("movements", movements.running(user.unitId(), shown.from(), shown.to(), CHOICES));
		model.addAttribute("clusters", clusters.standings(shown.toYear(), user.unitId()));
		return "reports/awards";
	}

	private StatisticsQuery query(StatisticsForm form, BindingResult result, CurrentUser user) {
		UnitRow unit = units.findActiveByCode(form.unit())
			.filter(found -> units.isWithin(found.id(), user.unitId()))
			.orElse(null);
		if (unit == null) {
			result.rejectValue("unit", "report.unit.unknown", new Object[] { form.unit() }, null);
		}
		int last = form.lastYear();
		if (last < form.year() || last - form.year() >= ReportPeriod.MAX_YEARS) {
			result.rejectValue("toYear", "report.period.invalid");
		}
		else if (form.half() != Half.YEAR && last != form.year()) {
			result.rejectValue("half", "report.period.halfOfRange");
		}
		if (result.hasErrors()) {
			return null;
		}
		return new StatisticsQuery(new ReportPeriod(form.year(), last, form.half()), unit.id(), form.type(),
				form.level(), form.movement(), form.cluster(), form.by());
	}

}
