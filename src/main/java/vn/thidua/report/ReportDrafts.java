package vn.thidua.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.document.DocumentDrafts;
import vn.thidua.document.Draft;
import vn.thidua.document.DraftFile;
import vn.thidua.document.DraftKind;
import vn.thidua.proposal.ProposalDrafts;
import vn.thidua.shared.pdf.PdfRenderer;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.shared.web.Downloads;

/**
 * The Word drafts of a unit's reports: the narrative as the officer edited it, and the
 * statistical report with the same figures as the page and the workbook.
 */
@Service
@Transactional(readOnly = true)
public class ReportDrafts {

	private final AwardStatistics statistics;

	private final ProposalDrafts headings;

	private final DocumentDrafts drafts;

	private final StatutoryDocuments statutory;

	private final MessageSource messages;

	private final Clock clock;

	ReportDrafts(AwardStatistics statistics, ProposalDrafts headings, DocumentDrafts drafts,
			StatutoryDocuments statutory, MessageSource messages, Clock clock) {
		this.statistics = statistics;
		this.headings = headings;
		this.drafts = drafts;
		this.statutory = statutory;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The narrative, one paragraph per block of its text, dated today.
	 */
	public DraftFile narrative(long unitId, String title, String text, CurrentUser user) {
		statistics.unitInScope(unitId, user);
		Draft draft = new Draft(DraftKind.NARRATIVE_REPORT, unitId, Downloads.namePart(title),
				headings.heading(unitId, "BC", LocalDate.now(clock), message("draft.report.title"), title),
				headings.signature(unitId, List.of(message("draft.copy.archive"))));
		draft.lines("paragraphs", List.of(text.strip().split("\\R\\s*\\R")));
		return drafts.render(draft);
	}

	/**
	 * The statistical report: one row per form and level, and the total.
	 */
	public DraftFile statistical(StatutoryReport report) {
		long unitId = report.unit().id();
		String subject = message("statutory.heading",
				report.heading().periodText().toLowerCase(PdfRenderer.VIETNAMESE));
		String name = statutory.fileName(report, "docx");
		Draft draft = new Draft(DraftKind.STATISTICAL_REPORT, unitId, name.substring(0, name.length() - 5),
				headings.heading(unitId, "BC", LocalDate.now(clock), message("draft.report.title"), subject),
				headings.signature(unitId, List.of(message("draft.copy.archive"))));
		draft.text("basis", message("statutory.basis"));
		List<Map<String, String>> rows = new ArrayList<>();
		report.lines()
			.forEach(line -> rows.add(row(message("FormLine." + Objects.requireNonNull(line.form())), line.counts())));
		rows.add(row(message("statutory.total"), report.total().counts()));
		draft.rows("rows", rows);
		draft.text("note", "");
		return drafts.render(draft);
	}

	private static Map<String, String> row(String form, Counts counts) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("form", form);
		row.put("total", number(counts.total()));
		row.put("collectives", number(counts.collectives()));
		row.put("individuals", number(counts.individuals()));
		row.put("households", number(counts.households()));
		return row;
	}

	private static String number(long value) {
		return VietnameseNumbers.format(BigDecimal.valueOf(value));
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, PdfRenderer.VIETNAMESE);
	}

}
