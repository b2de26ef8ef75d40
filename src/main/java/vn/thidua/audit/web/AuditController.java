package vn.thidua.audit.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.audit.AuditEntryRow;
import vn.thidua.audit.AuditFilter;
import vn.thidua.audit.AuditLog;
import vn.thidua.shared.web.VietnameseDateFormatter;

@Controller
@RequestMapping("/audit")
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditLog auditLog;

	AuditController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String entityId,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable Long before, Model model) {
		AuditFilter filter = new AuditFilter(actor, entityType, entityId, action, date(from, model), date(to, model));
		List<AuditEntryRow> rows = auditLog.page(filter, before, PAGE_SIZE + 1);
		boolean hasMore = rows.size() > PAGE_SIZE;
		List<AuditEntryRow> entries = hasMore ? rows.subList(0, PAGE_SIZE) : rows;
		model.addAttribute("filter", filter);
		model.addAttribute("entries", entries);
		model.addAttribute("nextBefore", hasMore ? entries.get(entries.size() - 1).id() : null);
		model.addAttribute("entityTypes", auditLog.entityTypes());
		return "audit/list";
	}

	private static @Nullable LocalDate date(@Nullable String text, Model model) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return VietnameseDateFormatter.parse(text);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("dateError", true);
			return null;
		}
	}

}
