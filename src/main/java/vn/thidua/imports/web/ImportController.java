package vn.thidua.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.imports.BadRow;
import vn.thidua.imports.ImportHistoryRow;
import vn.thidua.imports.ImportJob;
import vn.thidua.imports.ImportJobs;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.importing.SheetImport;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Downloads;
import vn.thidua.shared.web.Flash;

/**
 * The imports hub with the history of runs, one upload page per kind with its template,
 * and the page of a job: its progress bar while it runs (polled every second with htmx,
 * or reloaded by hand), then the preview to confirm (or, with wrong rows, to write the
 * good ones only), then the outcome with the skipped rows to download.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

	static final List<String> KINDS = List.of("people", "awards", "units");

	private static final int HISTORY_PAGE = 20;

	private static final int PROBLEMS_SHOWN = 200;

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ImportJobs jobs;

	private final ImportTemplates templates;

	ImportController(ImportJobs jobs, ImportTemplates templates) {
		this.jobs = jobs;
		this.templates = templates;
	}

	@GetMapping
	String index(@RequestParam(required = false) @Nullable Long before, CurrentUser user, Model model) {
		List<ImportHistoryRow> runs = jobs.history(user, before, HISTORY_PAGE + 1);
		model.addAttribute("kinds", KINDS);
		model.addAttribute("runs", runs.stream().limit(HISTORY_PAGE).toList());
		model.addAttribute("nextBefore", runs.size() > HISTORY_PAGE ? runs.get(HISTORY_PAGE - 1).id() : null);
		return "imports/index";
	}

	@GetMapping("/{kind}")
	String upload(@PathVariable String kind, Model model) {
		return uploadPage(jobs.kind(kind), model);
	}

	@PostMapping("/{kind}")
	String start(@PathVariable String kind, @RequestParam(required = false) @Nullable MultipartFile file,
			CurrentUser user, Model model) throws IOException {
		SheetImport sheetImport = jobs.kind(kind);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileErrorKey", "imports.noFile");
			return uploadPage(sheetImport, model);
		}
		try (InputStream content = file.getInputStream()) {
			ImportJob job = jobs.start(kind, fileName(file), content, user);
			return "redirect:/imports/jobs/" + job.id();
		}
		catch (BusinessRuleViolation violation) {
			model.addAttribute("fileErrorKey", violation.messageKey());
			model.addAttribute("fileErrorArgs", violation.args());
			return uploadPage(sheetImport, model);
		}
	}

	@GetMapping("/{kind}/template.xlsx")
	ResponseEntity<StreamingResponseBody> template(@PathVariable String kind) {
		SheetImport sheetImport = jobs.kind(kind);
		return Downloads.attachment(templates.fileName(sheetImport), XLSX, out -> templates.write(sheetImport, out));
	}

	@GetMapping("/jobs/{id}")
	String job(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			CurrentUser user, Model model) {
		ImportJob job = jobs.job(id, user);
		model.addAttribute("job", job);
		model.addAttribute("problemsShown", PROBLEMS_SHOWN);
		return htmx == null ? "imports/job" : "imports/job :: job";
	}

	/**
	 * Writes a checked job: all of it, or with {@code skipInvalid} its good rows only.
	 */
	@PostMapping("/jobs/{id}/confirm")
	String confirm(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean skipInvalid, CurrentUser user,
			RedirectAttributes redirect) {
		Flash.orError(redirect, () -> jobs.confirm(id, user, skipInvalid));
		return "redirect:/imports/jobs/" + id;
	}

	/**
	 * The rows a job skipped, as a sheet to fix and upload again.
	 */
	@GetMapping("/jobs/{id}/bad-rows.xlsx")
	ResponseEntity<StreamingResponseBody> badRows(@PathVariable UUID id, CurrentUser user) {
		ImportJob job = jobs.job(id, user);
		List<BadRow> rows = jobs.badRows(id, user);
		SheetImport sheetImport = jobs.kind(job.kind());
		return Downloads.attachment(templates.badRowsFileName(sheetImport), XLSX,
				out -> templates.writeBadRows(sheetImport, rows, out));
	}

	private String uploadPage(SheetImport sheetImport, Model model) {
		model.addAttribute("kind", sheetImport.kind());
		model.addAttribute("columns", sheetImport.columns());
		model.addAttribute("maxMegabytes", jobs.maxMegabytes());
		return "imports/upload";
	}

	private static String fileName(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name == null || name.isBlank() ? "?" : name.substring(Math.max(0, name.length() - 255));
	}

}
