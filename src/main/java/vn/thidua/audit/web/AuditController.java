package vn.thidua.audit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.audit.AuditEntryRow;
import vn.thidua.audit.AuditFilter;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.AuditPresenter;
import vn.thidua.audit.AuditPresenter.ShownEntry;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.VietnameseDateFormatter;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thidua.shared.export.Exports;
import vn.thidua.shared.export.Table;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@Controller
@RequestMapping("/audit")
class AuditController {

	private static final int PAGE_SIZE = 50;

	/** Entries named and formatted together when exported (two reads per batch). */
	private static final int EXPORT_BATCH = 500;

	private final AuditLog auditLog;

	private final AuditPresenter presenter;

	private final Exports exports;

	AuditController(AuditLog auditLog, AuditPresenter presenter, Exports exports) {
		this.auditLog = auditLog;
		this.presenter = presenter;
		this.exports = exports;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String entityId,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable Long before, CurrentUser user, Locale locale, Model model) {
		AuditFilter filter = new AuditFilter(actor, entityType, entityId, action, date(from, model), date(to, model));
		List<AuditEntryRow> rows = auditLog.page(filter, before, PAGE_SIZE + 1, user);
		boolean hasMore = rows.size() > PAGE_SIZE;
		List<AuditEntryRow> entries = hasMore ? rows.subList(0, PAGE_SIZE) : rows;
		model.addAttribute("filter", filter);
		model.addAttribute("entries", presenter.present(entries, locale));
		model.addAttribute("nextBefore", hasMore ? entries.get(entries.size() - 1).id() : null);
		model.addAttribute("entityTypes", presenter.entityLabels(locale));
		return "audit/list";
	}

	@GetMapping("/export.{format:xlsx|pdf}")
	void export(@PathVariable String format, @RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String entityId,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			CurrentUser user, Locale locale, Model model, HttpServletResponse response) throws IOException {
		AuditFilter filter = new AuditFilter(actor, entityType, entityId, action, date(from, model), date(to, model));
		Table<ShownEntry> table = exports.<ShownEntry>table("audit.title")
			.note("audit.actor", actor)
			.note("audit.entityType",
					entityType == null || entityType.isBlank() ? null
							: presenter.entityLabel(entityType.strip(), locale))
			.note("audit.entityId", entityId)
			.noteMessage("audit.action", action == null || action.isBlank() ? null : "audit.action." + action)
			.note("audit.from", filter.from() == null ? null : VietnameseDateFormatter.format(filter.from()))
			.note("audit.to", filter.to() == null ? null : VietnameseDateFormatter.format(filter.to()))
			.date("audit.when", ShownEntry::occurredAt)
			.text("audit.actor", ShownEntry::actorName)
			.text("audit.username", ShownEntry::actor)
			.message("audit.action", row -> "audit.action." + row.action())
			.text("audit.entityType", ShownEntry::entityLabel)
			.text("audit.entityId", ShownEntry::entityId)
			.text("audit.changes", ShownEntry::changesInOneLine)
			.build();
		exports.download(format, "nhat-ky-thay-doi", table, sink -> {
			List<AuditEntryRow> batch = new ArrayList<>(EXPORT_BATCH);
			auditLog.forEach(filter, user, row -> {
				batch.add(row);
				if (batch.size() == EXPORT_BATCH) {
					presenter.present(batch, locale).forEach(sink);
					batch.clear();
				}
			});
			presenter.present(batch, locale).forEach(sink);
		}, response);
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
