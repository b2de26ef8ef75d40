package vn.thidua.report.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.thidua.award.AwardLevel;
import vn.thidua.award.AwardQueries;
import vn.thidua.cluster.ClusterQueries;
import vn.thidua.movement.MovementQueries;
import vn.thidua.report.AwardStatistics;
import vn.thidua.report.Dimension;
import vn.thidua.report.Figures;
import vn.thidua.report.Half;
import vn.thidua.report.ReportPeriod;
import vn.thidua.report.Statistics;
import vn.thidua.report.StatisticsQuery;
import vn.thidua.shared.export.Column;
import vn.thidua.shared.export.Exports;
import vn.thidua.shared.export.Rows;
import vn.thidua.shared.export.Table;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.UnitNames;
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

	private final Exports exports;

	private final MessageSource messages;

	private final Clock clock;

	StatisticsController(AwardStatistics statistics, AwardQueries awards, MovementQueries movements,
			ClusterQueries clusters, UnitCatalog units, Exports exports, MessageSource messages, Clock clock) {
		this.exports = exports;
		this.messages = messages;
		this.statistics = statistics;
		this.awards = awards;
		this.movements = movements;
		this.clusters = clusters;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/reports/awards")
	String awards(@Valid @ModelAttribute("form") StatisticsForm form, BindingResult result, CurrentUser user,
			HttpServletRequest request, Model model) {
		Forms.requireBound(result);
		StatisticsForm filters = form.withDefaults(LocalDate.now(clock).getYear(), units.get(user.unitId()).code());
		StatisticsQuery query = result.hasErrors() ? null : query(filters, result, user);
		if (!result.hasErrors()) {
			// replacing the form drops its binding result, and with it the messages
			model.addAttribute("form", filters);
		}
		if (query != null) {
			model.addAttribute("statistics", statistics.statistics(query, user));
			String parameters = request.getQueryString() == null ? "" : "?" + request.getQueryString();
			model.addAttribute("exportXlsx", "/reports/awards/export.xlsx" + parameters);
			model.addAttribute("exportPdf", "/reports/awards/export.pdf" + parameters);
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

	@GetMapping("/reports/awards/export.{format:xlsx|pdf}")
	void export(@PathVariable String format, @Valid @ModelAttribute("form") StatisticsForm form, BindingResult result,
			CurrentUser user, HttpServletResponse response, Locale locale) throws IOException {
		Forms.requireBound(result);
		StatisticsForm filters = form.withDefaults(LocalDate.now(clock).getYear(), units.get(user.unitId()).code());
		StatisticsQuery query = result.hasErrors() ? null : query(filters, result, user);
		if (query == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid statistics filters");
		}
		Statistics s = statistics.statistics(query, user);
		String period = s.period().singleYear()
				? text("ReportPeriodOf." + s.period().half(), locale, String.valueOf(s.period().fromYear()))
				: text("stats.years", locale, String.valueOf(s.period().fromYear()),
						String.valueOf(s.period().toYear()));
		Table<Figures> table = new Table<>(
				text("stats.heading", locale, UnitNames.inSentence(s.unit().name(), locale), period),
				List.of(text("stats.note", locale),
						text(query.todayUnits() ? "stats.todayUnits" : "stats.unitsAsTheyWere", locale)),
				List.of(Column.text(text("Dimension." + s.dimension(), locale),
						row -> row.labelKey() == null ? row.label() : text(row.labelKey(), locale)),
						Column.integer(text("Subject.COLLECTIVE", locale), row -> row.counts().collectives()),
						Column.integer(text("Subject.INDIVIDUAL", locale), row -> row.counts().individuals()),
						Column.integer(text("Subject.HOUSEHOLD", locale), row -> row.counts().households()),
						Column.integer(text("stats.total", locale), row -> row.counts().total())));
		Figures total = new Figures("", "stats.total", "", s.total().counts(), s.total().link());
		Rows<Figures> rows = sink -> {
			s.rows().forEach(sink);
			sink.accept(total);
		};
		exports.download(format, "thong-ke-khen-thuong-" + s.unit().code() + "-" + s.period().fromYear(), table, rows,
				response);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private StatisticsQuery query(StatisticsForm form, BindingResult result, CurrentUser user) {
		UnitRow unit = units.findByCode(form.unit())
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
				form.level(), form.movement(), form.cluster(), form.by(), Boolean.TRUE.equals(form.today()));
	}

}
