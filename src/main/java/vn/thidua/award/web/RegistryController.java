package vn.thidua.award.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.award.AwardFilter;
import vn.thidua.award.AwardQueries;
import vn.thidua.award.AwardRow;
import vn.thidua.award.EligibilityEngine;
import vn.thidua.award.Nominee;
import vn.thidua.award.PeopleDirectory;
import vn.thidua.award.PersonHistory;
import vn.thidua.award.RegistryFacts;
import vn.thidua.shared.export.Exports;
import vn.thidua.shared.export.Table;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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

	private final Clock clock;

	private final PeopleDirectory directory;

	private final RegistryFacts facts;

	private final MessageSource messages;

	RegistryController(AwardQueries queries, EligibilityEngine engine, UnitCatalog units, Exports exports, Clock clock,
			PeopleDirectory directory, RegistryFacts facts, MessageSource messages) {
		this.messages = messages;
		this.directory = directory;
		this.facts = facts;
		this.queries = queries;
		this.engine = engine;
		this.units = units;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/registry")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String before, Drilldown drilldown, CurrentUser user,
			Locale locale, HttpServletRequest request, Model model) {
		AwardFilter filter = drilldown.filter(q, unitId(unit), year, type, before);
		List<AwardRow> rows = queries.search(filter, user);
		boolean more = rows.size() > AwardQueries.PAGE_SIZE;
		List<AwardRow> page = more ? rows.subList(0, AwardQueries.PAGE_SIZE) : rows;
		model.addAttribute("q", q);
		model.addAttribute("unit", unit);
		model.addAttribute("year", year);
		model.addAttribute("type", type);
		model.addAttribute("types", TypeOption.of(queries.awardTypes(), messages, locale));
		model.addAttribute("rows", RegistryLine.of(page, messages, locale, request.getContextPath()));
		model.addAttribute("next", more ? page.getLast().year() + ":" + page.getLast().id() : null);
		model.addAttribute("paged", before != null);
		model.addAttribute("drilldown", drilldown.active() ? drilldown : null);
		model.addAttribute("firstLink", drilldown.link("/registry", q, unit, year, type, null));
		model.addAttribute("xlsxLink", drilldown.link("/registry/export.xlsx", q, unit, year, type, null));
		model.addAttribute("pdfLink", drilldown.link("/registry/export.pdf", q, unit, year, type, null));
		model.addAttribute("nextLink", more
				? drilldown.link("/registry", q, unit, year, type, page.getLast().year() + ":" + page.getLast().id())
				: null);
		if (drilldown.active()) {
			model.addAttribute("total", queries.count(filter, user));
		}
		return "registry/search";
	}

	@GetMapping("/registry/export.{format:xlsx|pdf}")
	void export(@PathVariable String format, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String type, Drilldown drilldown, CurrentUser user,
			HttpServletResponse response) throws IOException {
		AwardFilter filter = drilldown.filter(q, unitId(unit), year, type, null);
		Table<AwardRow> table = exports.<AwardRow>table("registry.title")
			.note("registry.query", q)
			.note("registry.unit", unit)
			.note("movements.year", year)
			.noteMessage("registry.type", type == null || type.isBlank() ? null : "AwardType." + type)
			.text("registry.subject", AwardRow::subjectName)
			.message("registry.type", row -> "AwardType." + row.awardType())
			.message("registry.kind", row -> "AwardKind." + row.kind())
			.integer("movements.year", AwardRow::year)
			.text("registry.decisionNumber", AwardRow::decisionNumber)
			.date("registry.decisionDate", AwardRow::decisionDate)
			.text("registry.authority", AwardRow::authority)
			.text("registry.issuer", AwardRow::issuerName)
			.message("registry.revoked", row -> row.revoked() ? "registry.revoked" : null)
			.text("registry.revocationReason", AwardRow::revocationReason)
			.build();
		exports.download(format, "so-khen-thuong", table, sink -> queries.forEach(filter, user, sink), response);
	}

	private @Nullable Long unitId(@Nullable String unit) {
		return unit == null || unit.isBlank() ? null
				: units.findByCode(unit.strip()).map(found -> found.id()).orElse(-1L);
	}

	@GetMapping("/registry/units/{id}")
	String collective(@PathVariable long id, CurrentUser user, Model model) {
		model.addAttribute("history", queries.collectiveHistory(id, user));
		model.addAttribute("canRevoke", user.isAdmin() || user.has(Role.OFFICER));
		model.addAttribute("discipline", facts.unitDisciplineRecords(id, user));
		return "registry/collective";
	}

	@GetMapping("/people/{id}")
	String person(@PathVariable long id, @RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable Integer year, CurrentUser user, Model model) {
		PersonHistory history = queries.history(id, user);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("history", history);
		UnitRow unit = units.get(history.person().getUnitId());
		model.addAttribute("facts", facts.personFacts(history, unit, user));
		model.addAttribute("unit", unit);
		model.addAttribute("personal", user.isAdmin() || user.has(Role.OFFICER));
		model.addAttribute("canChangePeople", directory.canChange(user));
		model.addAttribute("placements", directory.placements(id));
		List<String> types = queries.awardTypes();
		model.addAttribute("types", types);
		model.addAttribute("type", type);
		model.addAttribute("year", year == null ? today.getYear() : year);
		if (type != null && types.contains(type)) {
			Nominee nominee = new Nominee(id, id, history.person().getUnitId(), type,
					year == null ? today.getYear() : year);
			// judged in the person's own scope, whoever looks
			model.addAttribute("eligibility",
					engine.check(List.of(nominee), today, history.person().getUnitId()).getFirst());
		}
		return "registry/person";
	}

}
