package vn.thidua.award.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardType;
import vn.thidua.award.AwardTypeOverview;
import vn.thidua.award.BaseSalaryManagement;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.export.Exports;
import vn.thidua.shared.export.TableBuilder;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * The award types with who decides them and the cash they carry on a date (today unless
 * another is asked), each with its legal source, and the base salary by date, which an
 * administrator of the whole country records and corrects here.
 */
@Controller
@RequestMapping("/award-types")
class AwardTypeController {

	private final AwardCatalog catalog;

	private final BaseSalaryManagement salaries;

	private final Clock clock;

	private final Exports exports;

	AwardTypeController(AwardCatalog catalog, BaseSalaryManagement salaries, Exports exports, Clock clock) {
		this.catalog = catalog;
		this.salaries = salaries;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam(required = false) @Nullable String on, CurrentUser user, Model model) {
		Optional<LocalDate> asked = parsed(on);
		if (on != null && !on.isBlank() && asked.isEmpty()) {
			model.addAttribute("onInvalid", true);
			model.addAttribute("onTyped", on.length() > 20 ? on.substring(0, 20) : on);
		}
		LocalDate date = asked.orElseGet(() -> LocalDate.now(clock));
		model.addAttribute("baseSalaryForm", BaseSalaryForm.empty());
		return page(date, user, model);
	}

	@GetMapping("/export.{format:xlsx|pdf}")
	void export(@PathVariable String format, @RequestParam(required = false) @Nullable String on,
			HttpServletResponse response) throws IOException {
		AwardTypeOverview overview = catalog.overview(parsed(on).orElseGet(() -> LocalDate.now(clock)));
		TableBuilder<AwardTypeOverview.Entry> table = exports.table("awardTypes.title");
		table.note("awardTypes.on", VietnameseDateFormatter.format(overview.on()))
			.note("baseSalary.amount",
					overview.salary() == null ? null : VietnameseNumbers.format(overview.salary().amount()))
			.message("registry.type", entry -> "AwardType." + entry.type().code())
			.message("awardTypes.subject", entry -> "Subject." + entry.type().subjectType())
			.text("awardTypes.holders", entry -> entry.holders()
				.stream()
				.map(holder -> sourced(table, table.text(holder.holderKey()), holder.legalSource(), holder.verified()))
				.collect(Collectors.joining("; ")))
			.text("awardTypes.cash", entry -> entry.cash()
				.stream()
				.map(cash -> sourced(table, cashText(table, cash, entry.type()), cash.legalSource(), cash.verified()))
				.collect(Collectors.joining("; ")));
		exports.download(format, "hinh-thuc-khen-thuong", table.build(), sink -> overview.entries().forEach(sink),
				response);
	}

	private static String cashText(TableBuilder<?> table, AwardTypeOverview.Cash cash, AwardType type) {
		String amount = cash.amount() == null ? "—"
				: table.text("awardTypes.cash.amount", VietnameseNumbers.format(cash.amount()));
		String text = amount + " "
				+ table.text("awardTypes.cash.multiplier", VietnameseNumbers.format(cash.multiplier()))
				+ (type.isHousehold() ? " " + table.text("awardTypes.cash.household") : "");
		return cash.unitKind() == null ? text
				: table.text("awardTypes.cash.kind", table.text("authority.head." + cash.unitKind())) + " " + text;
	}

	private static String sourced(TableBuilder<?> table, String text, String source, boolean verified) {
		return text + " (" + source + (verified ? "" : ", " + table.text("awardTypes.unverified")) + ")";
	}

	/** The date typed, empty when none was or it is not a date. */
	private static Optional<LocalDate> parsed(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(VietnameseDateFormatter.parse(text.strip()));
		}
		catch (DateTimeParseException | IllegalArgumentException bad) {
			return Optional.empty();
		}
	}

	@PostMapping("/base-salaries")
	String record(@Valid BaseSalaryForm baseSalaryForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!Flash.orError(redirect, () -> salaries.requireManager(user))) {
			return "redirect:/award-types";
		}
		if (!result.hasErrors()) {
			LocalDate from = VietnameseDateFormatter.parse(baseSalaryForm.effectiveFrom());
			try {
				salaries.record(from, VietnameseNumbers.parse(baseSalaryForm.amount()).orElseThrow(),
						baseSalaryForm.legalSource().strip(), user);
				Flash.success(redirect, "baseSalary.recorded", baseSalaryForm.amount(),
						VietnameseDateFormatter.format(from));
				return "redirect:/award-types?on=" + VietnameseDateFormatter.format(from);
			}
			catch (BusinessRuleViolation violation) {
				Forms.reject(result, violation,
						key -> key.equals("baseSalary.amountRange") ? "amount" : "effectiveFrom");
			}
		}
		return page(LocalDate.now(clock), user, model);
	}

	@PostMapping("/base-salaries/{from}/remove")
	String remove(@PathVariable String from, CurrentUser user, RedirectAttributes redirect) {
		LocalDate date;
		try {
			date = LocalDate.parse(from);
		}
		catch (DateTimeParseException bad) {
			Flash.error(redirect, "baseSalary.gone", from);
			return "redirect:/award-types";
		}
		Flash.attempt(redirect, () -> {
			salaries.remove(date, user);
			return Flash.message("baseSalary.removed", VietnameseDateFormatter.format(date));
		});
		return "redirect:/award-types";
	}

	private String page(LocalDate on, CurrentUser user, Model model) {
		model.addAttribute("overview", catalog.overview(on));
		model.addAttribute("salaries", salaries.list());
		model.addAttribute("manages", salaries.manages(user));
		model.addAttribute("today", LocalDate.now(clock));
		String date = VietnameseDateFormatter.format(on);
		model.addAttribute("xlsxLink", "/award-types/export.xlsx?on=" + date);
		model.addAttribute("pdfLink", "/award-types/export.pdf?on=" + date);
		return "award-types/list";
	}

}
