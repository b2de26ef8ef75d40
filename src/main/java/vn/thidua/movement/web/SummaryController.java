package vn.thidua.movement.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementManagement;
import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.Period;
import vn.thidua.movement.StandingCell;
import vn.thidua.movement.Standings;
import vn.thidua.movement.TargetStanding;
import vn.thidua.movement.UnitStanding;
import vn.thidua.shared.security.CurrentUser;

/**
 * The review summary (báo cáo sơ kết, tổng kết) of a movement for a period: the figures
 * of every target, the units that excelled and those behind, printable and as .xlsx.
 */
@Controller
@RequestMapping("/movements/{id}")
class SummaryController {

	private static final int HIGHLIGHTS = 5;

	private static final int EXPORT_PAGE = 500;

	private final MovementManagement management;

	private final MovementQueries queries;

	private final MessageSource messages;

	private final Clock clock;

	SummaryController(MovementManagement management, MovementQueries queries, MessageSource messages, Clock clock) {
		this.management = management;
		this.queries = queries;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/summary")
	String show(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Period period, CurrentUser user, Model model) {
		Movement movement = management.show(id, user);
		int shown = DashboardController.yearOf(movement, year, LocalDate.now(clock));
		Period upTo = periodOf(movement, period);
		LocalDate asOf = upTo.end(shown);
		Standings behind = queries.standings(movement, shown, asOf, PageRequest.of(0, HIGHLIGHTS));
		Standings best = queries.standings(movement, shown, asOf, PageRequest.of(0, HIGHLIGHTS), true);
		model.addAttribute("movement", movement);
		model.addAttribute("row", queries.row(id));
		model.addAttribute("year", shown);
		model.addAttribute("period", upTo);
		model.addAttribute("periods", periodsOf(movement));
		model.addAttribute("standings", behind);
		model.addAttribute("best", best.units().getContent());
		model.addAttribute("today", LocalDate.now(clock));
		return "movements/summary";
	}

	/**
	 * The same summary as a workbook: one sheet of targets, one row per unit on the
	 * second, written page by page so that thousands of units never sit in memory.
	 */
	@GetMapping("/summary.xlsx")
	void export(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Period period, CurrentUser user, Locale locale,
			HttpServletResponse response) throws IOException {
		Movement movement = management.show(id, user);
		int shown = DashboardController.yearOf(movement, year, LocalDate.now(clock));
		Period upTo = periodOf(movement, period);
		String fileName = movement.getCode().replace('/', '-') + "-" + shown + "-" + upTo + ".xlsx";
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		try (OutputStream out = response.getOutputStream()) {
			Workbook workbook = new Workbook(out, "Thi Dua", "1.0");
			Standings first = queries.standings(movement, shown, upTo.end(shown), PageRequest.of(0, EXPORT_PAGE));
			writeTargets(workbook.newWorksheet(text("summary.sheet.targets", locale)), movement, first, shown, upTo,
					locale);
			writeUnits(workbook.newWorksheet(text("summary.sheet.units", locale)), movement, first, shown, upTo,
					locale);
			workbook.finish();
		}
	}

	private void writeTargets(Worksheet sheet, Movement movement, Standings standings, int year, Period period,
			Locale locale) throws IOException {
		sheet.value(0, 0, movement.getName());
		sheet.value(1, 0, text("summary.sheet.asOf", locale, text("PeriodOfYear." + period, locale, year)));
		String[] headers = { "target.fieldName", "target.name", "target.measure", "standing.planTotal",
				"standing.actualTotal", "standing.attainment", "standing.reported" };
		header(sheet, 3, headers, locale);
		int row = 4;
		for (TargetStanding target : standings.targets()) {
			sheet.value(row, 0, target.target().getFieldName());
			sheet.value(row, 1, target.target().getName());
			sheet.value(row, 2, target.target().getMeasure());
			if (target.isAdditive()) {
				number(sheet, row, 3, target.planTotal());
				number(sheet, row, 4, target.actualTotal());
			}
			percent(sheet, row, 5, target.overall());
			sheet.value(row, 6, target.unitsReported());
			row++;
		}
		sheet.finish();
	}

	private void writeUnits(Worksheet sheet, Movement movement, Standings first, int year, Period period, Locale locale)
			throws IOException {
		List<String> headers = new ArrayList<>(List.of("unit.code", "unit.name", "standing.score"));
		header(sheet, 0, headers.toArray(String[]::new), locale);
		int column = headers.size();
		for (TargetStanding target : first.targets()) {
			sheet.value(0, column++, target.target().getName());
		}
		int row = 1;
		Standings page = first;
		while (true) {
			for (UnitStanding unit : page.units()) {
				sheet.value(row, 0, unit.code());
				sheet.value(row, 1, unit.name());
				percent(sheet, row, 2, unit.score());
				int col = 3;
				for (TargetStanding target : page.targets()) {
					StandingCell cell = page.cell(unit.unitId(), target.target().getId());
					percent(sheet, row, col++, cell == null ? null : cell.attainment());
				}
				row++;
			}
			sheet.flush();
			Page<UnitStanding> units = page.units();
			if (!units.hasNext()) {
				sheet.finish();
				return;
			}
			page = queries.standings(movement, year, period.end(year), units.nextPageable());
		}
	}

	private void header(Worksheet sheet, int row, String[] keys, Locale locale) {
		for (int i = 0; i < keys.length; i++) {
			sheet.value(row, i, text(keys[i], locale));
			sheet.style(row, i).bold().set();
		}
	}

	private static void number(Worksheet sheet, int row, int column, @Nullable Number value) {
		if (value != null) {
			sheet.value(row, column, value);
			sheet.style(row, column).format("#,##0.00").set();
		}
	}

	private static void percent(Worksheet sheet, int row, int column, @Nullable BigDecimal value) {
		if (value != null) {
			sheet.value(row, column, value.movePointLeft(2));
			sheet.style(row, column).format("0.00%").set();
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static Period periodOf(Movement movement, @Nullable Period period) {
		return period != null && periodsOf(movement).contains(period) ? period : Period.YEAR;
	}

	static List<Period> periodsOf(Movement movement) {
		List<Period> periods = new ArrayList<>(movement.getReporting().periods());
		if (!periods.contains(Period.YEAR)) {
			periods.add(Period.YEAR);
		}
		return periods;
	}

}
