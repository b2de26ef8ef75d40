package vn.thidua.cluster.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.thidua.cluster.Criterion;
import vn.thidua.cluster.RankedMember;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitRow;

/**
 * The results of a review — ranking and scores — as a printable page and as a workbook
 * with one sheet for the ranking and one for the grid, numbers kept as numbers.
 */
@Controller
@RequestMapping("/reviews")
class ReviewResultsController {

	private static final String NUMBER_FORMAT = "#,##0.##";

	private final ReviewPages pages;

	private final MessageSource messages;

	private final Clock clock;

	ReviewResultsController(ReviewPages pages, MessageSource messages, Clock clock) {
		this.pages = pages;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/{id}/results")
	String results(@PathVariable long id, CurrentUser user, Model model) {
		model.addAttribute("view", pages.load(id, user));
		model.addAttribute("today", LocalDate.now(clock));
		return "reviews/results";
	}

	@GetMapping("/{id}.xlsx")
	void export(@PathVariable long id, CurrentUser user, Locale locale, HttpServletResponse response)
			throws IOException {
		ReviewPage view = pages.load(id, user);
		String fileName = view.getCluster().getCode().replace('/', '-') + "-" + view.getYear().getYear() + "-"
				+ view.getReview().getPeriod() + ".xlsx";
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		try (OutputStream out = response.getOutputStream()) {
			Workbook workbook = new Workbook(out, "Thi Dua", "1.0");
			writeRanking(workbook.newWorksheet(text("review.sheet.ranking", locale)), view, locale);
			writeGrid(workbook.newWorksheet(text("review.sheet.grid", locale)), view, locale);
			workbook.finish();
		}
	}

	private void writeRanking(Worksheet sheet, ReviewPage view, Locale locale) {
		title(sheet, view, locale);
		String[] headers = { "review.rank", "review.tied", "review.unitCode", "review.unit", "review.scored",
				"review.bonus", "review.penalty", "review.total", "review.classification", "review.proposals" };
		for (int i = 0; i < headers.length; i++) {
			header(sheet, 3, i, text(headers[i], locale));
		}
		int row = 4;
		for (ReviewPage.RankingRow ranked : view.getRanking()) {
			RankedMember member = ranked.member();
			sheet.value(row, 0, member.rank());
			if (member.tied()) {
				sheet.value(row, 1, text("review.tied", locale));
			}
			sheet.value(row, 2, ranked.unit().code());
			sheet.value(row, 3, ranked.unit().name());
			number(sheet, row, 4, member.scored());
			number(sheet, row, 5, member.bonus());
			number(sheet, row, 6, member.penalty());
			number(sheet, row, 7, member.total());
			sheet.value(row, 8, text("Classification." + member.classification(), locale));
			String proposals = ranked.proposals()
				.stream()
				.map(kind -> text("ProposalKind." + kind, locale))
				.collect(Collectors.joining(", "));
			if (!proposals.isEmpty()) {
				sheet.value(row, 9, proposals);
			}
			row++;
		}
	}

	private void writeGrid(Worksheet sheet, ReviewPage view, Locale locale) {
		title(sheet, view, locale);
		List<Criterion> criteria = view.getCriteria();
		header(sheet, 3, 0, text("review.unitCode", locale));
		header(sheet, 3, 1, text("review.unit", locale));
		sheet.value(4, 1, text("review.maxPoints", locale));
		for (int i = 0; i < criteria.size(); i++) {
			Criterion criterion = criteria.get(i);
			header(sheet, 2, 2 + i, criterion.getGroupName());
			header(sheet, 3, 2 + i, criterion.getName());
			number(sheet, 4, 2 + i, criterion.getMaxPoints());
		}
		header(sheet, 3, 2 + criteria.size(), text("review.total", locale));
		Map<Long, BigDecimal> totals = view.getRanking()
			.stream()
			.collect(Collectors.toMap(ranked -> ranked.unit().id(), ranked -> ranked.member().total()));
		int row = 5;
		for (UnitRow member : view.getMembers()) {
			sheet.value(row, 0, member.code());
			sheet.value(row, 1, member.name());
			for (int i = 0; i < criteria.size(); i++) {
				number(sheet, row, 2 + i, view.points(member.id(), criteria.get(i).getId()));
			}
			number(sheet, row, 2 + criteria.size(), totals.get(member.id()));
			row++;
		}
	}

	private void title(Worksheet sheet, ReviewPage view, Locale locale) {
		sheet.value(0, 0, view.getCluster().getName());
		sheet.value(1, 0, text("ReviewPeriodOfYear." + view.getReview().getPeriod(), locale, view.getYear().getYear()));
	}

	private static void header(Worksheet sheet, int row, int column, String text) {
		sheet.value(row, column, text);
		sheet.style(row, column).bold().wrapText(true).set();
	}

	private static void number(Worksheet sheet, int row, int column, @Nullable BigDecimal value) {
		if (value != null) {
			sheet.value(row, column, value);
			sheet.style(row, column).format(NUMBER_FORMAT).set();
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
