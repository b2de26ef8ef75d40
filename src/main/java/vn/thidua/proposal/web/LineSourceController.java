package vn.thidua.proposal.web;

import java.io.IOException;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardType;
import vn.thidua.proposal.ProposalDrafting;
import vn.thidua.proposal.ProposalHeader;
import vn.thidua.proposal.ProposalQueries;
import vn.thidua.proposal.SheetPreview;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;

/**
 * Two more ways to add lines: a sheet — its template, the upload that previews every row
 * and the confirmation that adds them all — and a cluster's finalised year-end ranking.
 * Between preview and confirmation the uploaded file waits in the session under a random
 * token with the proposal's version; confirming reads and checks it again, and a proposal
 * changed in between refuses it.
 */
@Controller
@RequestMapping("/proposals/{id}")
class LineSourceController {

	private static final String PENDING = "proposalSheet.";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String[] COLUMNS = { "number", "name", "birthDate", "unitCode", "awardType", "achievement" };

	private final ProposalDrafting drafting;

	private final ProposalQueries queries;

	private final AwardCatalog catalog;

	private final MessageSource messages;

	LineSourceController(ProposalDrafting drafting, ProposalQueries queries, AwardCatalog catalog,
			MessageSource messages) {
		this.drafting = drafting;
		this.queries = queries;
		this.catalog = catalog;
		this.messages = messages;
	}

	/**
	 * An uploaded sheet waiting for confirmation, and the proposal version it was checked
	 * at.
	 */
	record PendingSheet(long proposalId, long version, String fileName, byte[] content) implements Serializable {
	}

	/**
	 * The template in Vietnamese — the headers the upload reads — with one example row of
	 * the proposing unit, and the catalogue's award codes on a second sheet.
	 */
	@GetMapping("/lines/template.xlsx")
	ResponseEntity<StreamingResponseBody> template(@PathVariable long id, CurrentUser user) {
		ProposalHeader page = queries.header(id, user);
		StreamingResponseBody body = out -> {
			try (Workbook workbook = new Workbook(out, "Thi Dua", "1.0")) {
				Worksheet lines = workbook.newWorksheet(text("sheet.lines.template.sheet"));
				for (int column = 0; column < COLUMNS.length; column++) {
					lines.value(0, column, text("sheet.lines.header." + COLUMNS[column]));
					lines.style(0, column).bold().fillColor("DDEBF7").set();
				}
				lines.value(1, 0, 1);
				String[] example = { text("sheet.lines.template.exampleName"), "15/03/1985",
						page.proposingUnit().code(), "LDTT", text("sheet.lines.template.exampleAchievement") };
				for (int column = 0; column < example.length; column++) {
					lines.value(1, column + 1, example[column]);
				}
				int[] widths = { 6, 28, 22, 16, 16, 70 };
				for (int column = 0; column < widths.length; column++) {
					lines.width(column, widths[column]);
				}
				codes(workbook.newWorksheet(text("sheet.lines.template.codes")));
			}
		};
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-de-nghi-" + id + ".xlsx").build().toString())
			.body(body);
	}

	@PostMapping("/lines/sheet")
	String preview(@PathVariable long id, @RequestParam("file") MultipartFile file, CurrentUser user,
			HttpSession session, Model model) throws IOException {
		forget(session, id);
		byte[] content = file.getBytes();
		SheetPreview preview = drafting.previewSheet(id, content, user);
		String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		model.addAttribute("preview", preview);
		model.addAttribute("fileName", fileName);
		if (preview.isCommittable()) {
			String token = token();
			session.setAttribute(PENDING + token, new PendingSheet(id, preview.proposalVersion(), fileName, content));
			model.addAttribute("token", token);
		}
		return "proposals/sheet";
	}

	@PostMapping("/lines/sheet/confirm")
	String confirm(@PathVariable long id, @RequestParam String token, CurrentUser user, HttpSession session,
			RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING + token) instanceof PendingSheet pending) || pending.proposalId() != id) {
			Flash.error(redirect, "sheet.lines.nothingPending");
			return "redirect:/proposals/" + id + "/add#sheet";
		}
		session.removeAttribute(PENDING + token);
		if (Flash.attempt(redirect, () -> {
			int added = drafting.addSheet(id, pending.version(), pending.content(), user);
			return Flash.message("proposal.sheet.added", added, pending.fileName());
		})) {
			return "redirect:/proposals/" + id;
		}
		return "redirect:/proposals/" + id + "/add#sheet";
	}

	@PostMapping("/rankings/{reviewId}")
	String addFromRanking(@PathVariable long id, @PathVariable long reviewId, @RequestParam long version,
			CurrentUser user, RedirectAttributes redirect) {
		if (Flash.attempt(redirect, () -> {
			int added = drafting.addFromRanking(id, version, reviewId, user);
			return Flash.message("proposal.linesAdded", added);
		})) {
			return "redirect:/proposals/" + id;
		}
		return "redirect:/proposals/" + id + "/add#rankings";
	}

	private void codes(Worksheet sheet) {
		String[] headers = { "sheet.lines.header.awardType", "sheet.lines.template.typeName",
				"sheet.lines.template.subject" };
		for (int column = 0; column < headers.length; column++) {
			sheet.value(0, column, text(headers[column]));
			sheet.style(0, column).bold().set();
		}
		int row = 1;
		for (AwardType type : catalog.types().stream().filter(t -> t.isIndividual() || t.isCollective()).toList()) {
			sheet.value(row, 0, type.code());
			sheet.value(row, 1, type.name());
			sheet.value(row, 2,
					text(type.isIndividual() ? "sheet.lines.template.individual" : "sheet.lines.template.collective"));
			row++;
		}
		sheet.width(0, 16);
		sheet.width(1, 50);
		sheet.width(2, 40);
	}

	/**
	 * The sheets of this proposal that wait in the session are dropped by a new upload.
	 */
	private static void forget(HttpSession session, long id) {
		Collections.list(session.getAttributeNames())
			.stream()
			.filter(name -> name.startsWith(PENDING) && session.getAttribute(name) instanceof PendingSheet pending
					&& pending.proposalId() == id)
			.forEach(session::removeAttribute);
	}

	private static String token() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private String text(String key, @Nullable Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

}
