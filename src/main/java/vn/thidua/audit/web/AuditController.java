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
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.VietnameseDateFormatter;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thidua.shared.export.Exports;
import vn.thidua.shared.export.Table;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.stream.Collectors;

@Controller
@RequestMapping("/audit")
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditLog auditLog;

	private final Exports exports;

	AuditController(AuditLog auditLog, Exports exports) {
		this.auditLog = auditLog;
		this.exports = exports;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String entityId,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable Long before, CurrentUser user, Model model) {
		AuditFilter filter = new AuditFilter(actor, entityType, entityId, action, date(from, model), date(to, model));
		List<AuditEntryRow> rows = auditLog.page(filter, before, PAGE_SIZE + 1, user);
		boolean hasMore = rows.size() > PAGE_SIZE;
		List<AuditEntryRow> entries = hasMore ? rows.subList(0, PAGE_SIZE) : rows;
		model.addAttribute("filter", filter);
		model.addAttribute("entries", entries);
		model.addAttribute("nextBefore", hasMore ? entries.get(entries.size() - 1).id() : null);
		model.addAttribute("entityTypes", auditLog.entityTypes());
		return "audit/list";
	}

	@GetMapping("/export.{format:xlsx|pdf}")
	void export(@PathVariable String format, @RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String entityId,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			CurrentUser user, Model model, HttpServletResponse response) throws IOException {
		AuditFilter filter = new AuditFilter(actor, entityType, entityId, action, date(from, model), date(to, model));
		Table<AuditEntryRow> table = exports.<AuditEntryRow>table("audit.title")
			.note("audit.actor", actor)
			.note("audit.entityType", entityType)
			.note("audit.entityId", entityId)
			.noteMessage("audit.action", action == null || action.isBlank() ? null : "audit.action." + action)
			.note("audit.from", filter.from() == null ? null : VietnameseDateFormatter.format(filter.from()))
			.note("audit.to", filter.to() == null ? null : VietnameseDateFormatter.format(filter.to()))
			.date("audit.when", AuditEntryRow::occurredAt)
			.text("audit.actor", AuditEntryRow::actor)
			.message("audit.action", row -> "audit.action." + row.action())
			.text("audit.entityType", AuditEntryRow::entityType)
			.text("audit.entityId", AuditEntryRow::entityId)
			.text("audit.changes", AuditController::changes)
			.build();
		exports.download(format, "nhat-ky-thay-doi", table, sink -> auditLog.forEach(filter, user, sink), response);
	}

	private static String changes(AuditEntryRow entry) {
		return entry.fieldChanges()
			.stream()
			.map(change -> change.field() + ": " + (change.oldValue() == null ? "" : change.oldValue() + " → ")
					+ Objects.requireNonNullElse(change.newValue(), "∅"))
			.collect(Collectors.joining("; "));
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
