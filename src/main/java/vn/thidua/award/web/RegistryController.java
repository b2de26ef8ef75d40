package vn.thidua.award.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.thidua.award.AwardFilter;
import vn.thidua.award.AwardQueries;
import vn.thidua.award.AwardRow;
import vn.thidua.award.EligibilityEngine;
import vn.thidua.award.Nominee;
import vn.thidua.award.PersonHistory;
import vn.thidua.shared.export.Column;
import vn.thidua.shared.export.Exports;
import vn.thidua.shared.export.Rows;
import vn.thidua.shared.export.Table;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.unit.UnitCatalog;

/**
 * The award registry: look-up by name, unit, year, type and decision, and a person's
 * history with an eligibility check against the rules in force today.
 */
@Controller
class RegistryController {

	private final AwardQueries queries;

	private final EligibilityEngine engine;

	private final UnitCatalog units;

	private final Exports exports;

	private final MessageSource messages;

	private final Clock clock;

	RegistryController(AwardQueries queries, EligibilityEngine engine, UnitCatalog units, Exports exports,
			MessageSource messages, Clock clock) {
		this.queries = queries;
		this.engine = engine;
		this.units = units;
		this.exports = exports;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/registry")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String before, Drilldown drilldown, CurrentUser user,
			Model model) {
		AwardFilter filter = drilldown.filter(q, unitId(unit), year, type, before);
		List<AwardRow> rows = queries.search(filter, user);
		boolean more = rows.size() > AwardQueries.PAGE_SIZE;
		List<AwardRow> page = more ? rows.subList(0, AwardQueries.PAGE_SIZE) : rows;
		model.addAttribute("q", q);
		model.addAttribute("unit", unit);
		model.addAttribute("year", year);
		model.addAttribute("type", type);
		model.addAttribute("types", queries.awardTypes());
		model.addAttribute("rows", page);
		model.addAttribute("next", more ? page.getLast().year() + ":" + page.getLast().id() : null);
		model.addAttribute("paged", before != null);
		model.addAttribute("drilldown", drilldown.active() ? drilldown : null);
		model.addAttribute("firstLink", drilldown.link("/registry", q, unit, year, type, null));
		model.addAttribute("xlsxLink", drilldown.link("/registry.xlsx", q, unit, year, type, null));
		model.addAttribute("pdfLink", drilldown.link("/registry.pdf", q, unit, year, type, null));
		model.addAttribute("nextLink", more
				? drilldown.link("/registry", q, unit, year, type, page.getLast().year() + ":" + page.getLast().id())
				: null);
		if (drilldown.active()) {
			model.addAttribute("total", queries.count(filter, user));
		}
		return "registry/search";
	}

	@GetMapping({ "/registry.xlsx", "/registry.pdf" })
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String type, Drilldown drilldown, CurrentUser user,
			HttpServletRequest request, Locale locale) {
		AwardFilter filter = drilldown.filter(q, unitId(unit), year, type, null);
		Table<AwardRow> table = new Table<>(
				text("registry.title", locale), notes(q, unit, year, type, locale), List
					.of(Column.text(text("registry.subject", locale), AwardRow::subjectName),
							Column.text(text("registry.type", locale),
									row -> text("AwardType." + row.awardType(), locale)),
							Column.text(text("registry.kind", locale), row -> text("AwardKind." + row.kind(), locale)),
							Column.integer(text("movements.year", locale), AwardRow::year),
							Column.text(text("registry.decisionNumber", locale), AwardRow::decisionNumber),
							Column.date(text("registry.decisionDate", locale), AwardRow::decisionDate),
							Column.text(text("registry.authority", locale), AwardRow::authority),
							Column.text(text("registry.issuer", locale), AwardRow::issuerName),
							Column.text(text("registry.revoked", locale),
									row -> row.revoked()
											? text("registry.revokedBecause", locale,
													row.revocationReason() == null ? "" : row.revocationReason())
											: "")));
		Rows<AwardRow> rows = sink -> queries.forEach(filter, user, sink);
		String name = "so-khen-thuong";
		return request.getRequestURI().endsWith(".pdf") ? exports.pdf(name, table, rows)
				: exports.xlsx(name, table, rows);
	}

	private @Nullable Long unitId(@Nullable String unit) {
		return unit == null || unit.isBlank() ? null
				: units.findActiveByCode(unit.strip()).map(found -> found.id()).orElse(-1L);
	}

	private List<String> notes(@Nullable String q, @Nullable String unit, @Nullable Integer year, @Nullable String type,
			Locale locale) {
		List<String> notes = new ArrayList<>();
		if (q != null && !q.isBlank()) {
			notes.add(text("registry.query", locale) + ": " + q.strip());
		}
		if (unit != null && !unit.isBlank()) {
			notes.add(text("registry.unit", locale) + ": " + unit.strip());
		}
		if (year != null) {
			notes.add(text("movements.year", locale) + ": " + year);
		}
		if (type != null && !type.isBlank()) {
			notes.add(text("registry.type", locale) + ": " + text("AwardType." + type, locale));
		}
		return notes;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	@GetMapping("/registry/units/{id}")
	String collective(@PathVariable long id, CurrentUser user, Model model) {
		model.addAttribute("history", queries.collectiveHistory(id, user));
		return "registry/collective";
	}

	@GetMapping("/people/{id}")
	String person(@PathVariable long id, @RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable Integer year, CurrentUser user, Model model) {
		PersonHistory history = queries.history(id, user);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("history", history);
		model.addAttribute("unit", units.get(history.person().getUnitId()));
		model.addAttribute("personal", user.isAdmin() || user.has(Role.OFFICER));
		List<String> types = queries.awardTypes();
		model.addAttribute("types", types);
		model.addAttribute("type", type);
		model.addAttribute("year", year == null ? today.getYear() : year);
		if (type != null && types.contains(type)) {
			Nominee nominee = new Nominee(id, id, history.person().getUnitId(), type,
					year == null ? today.getYear() : year);
			model.addAttribute("eligibility", engine.check(List.of(nominee), today, user.unitId()).getFirst());
		}
		return "registry/person";
	}

}
