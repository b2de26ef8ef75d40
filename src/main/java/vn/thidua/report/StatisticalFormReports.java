package vn.thidua.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.AwardLevel;
import vn.thidua.award.Tally;
import vn.thidua.proposal.DecisionDocuments;
import vn.thidua.proposal.DecisionDocuments.DocumentHeading;
import vn.thidua.report.FilledForm.Cell;
import vn.thidua.report.FilledForm.Missing;
import vn.thidua.report.FilledForm.Row;
import vn.thidua.report.StatisticalForm.Column;
import vn.thidua.report.StatisticalForm.Criterion;
import vn.thidua.report.StatisticalForm.Line;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.pdf.PdfRenderer;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitRow;

/**
 * Fills a statistical form for a unit's subtree over a period from the same count of
 * valid awards by form, level, subject and kind that the statistics page and the
 * statutory report read, so every figure is theirs; one statement whatever the form. A
 * unit outside the user's subtree is not found.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'BOARD_MEMBER', 'BOARD_CHAIR')")
public class StatisticalFormReports {

	private final AwardStatistics statistics;

	private final UnitCatalog units;

	private final DecisionDocuments documents;

	private final MessageSource messages;

	private final Clock clock;

	StatisticalFormReports(AwardStatistics statistics, UnitCatalog units, DecisionDocuments documents,
			MessageSource messages, Clock clock) {
		this.statistics = statistics;
		this.units = units;
		this.documents = documents;
		this.messages = messages;
		this.clock = clock;
	}

	public List<StatisticalForm> forms() {
		return StatisticalForms.ALL;
	}

	public FilledForm fill(String code, long unitId, ReportPeriod period, CurrentUser user) {
		StatisticalForm form = StatisticalForms.find(code).orElseThrow(() -> new NotFoundException("form", code));
		UnitRow unit = statistics.unitInScope(unitId, user);
		boolean anyFigure = form.columns().stream().anyMatch(Column::held)
				&& form.lines().stream().anyMatch(Line::held);
		List<Tally> tallies = anyFigure ? statistics.byTypeAndLevel(unit.id(), period, null, user) : List.of();
		List<Row> rows = form.lines().stream().map(line -> row(form, line, tallies)).toList();
		DocumentHeading heading = documents.heading(unit.id(), LocalDate.now(clock));
		String periodText = messages.getMessage("ReportPeriodOf." + period.half(),
				new Object[] { String.valueOf(period.fromYear()) }, PdfRenderer.VIETNAMESE);
		return new FilledForm(form, unit, receivingUnit(unit), period, periodText,
				period.half() == Half.STATISTICAL_YEAR, form.inForceOn(period.to()), heading.place(),
				heading.longDate(), rows, missing(form));
	}

	private static Row row(StatisticalForm form, Line line, List<Tally> tallies) {
		List<Cell> cells = form.columns().stream().map(column -> {
			if (line.isHeading()) {
				return Cell.BLANK;
			}
			if (!line.held() || !column.held()) {
				return Cell.NOT_HELD;
			}
			return new Cell(count(tallies, line.criterion(), column.criterion()), false);
		}).toList();
		return new Row(line, cells);
	}

	/**
	 * The valid awards both criteria admit; a tally's key is "type:level".
	 */
	static long count(List<Tally> tallies, Criterion row, Criterion column) {
		long sum = 0;
		for (Tally tally : tallies) {
			String[] key = tally.key().split(":");
			FormLine form = FormLine.of(key[0], AwardLevel.valueOf(key[1]));
			if (row.matches(form, tally.subject(), tally.kind())
					&& column.matches(form, tally.subject(), tally.kind())) {
				sum += tally.count();
			}
		}
		return sum;
	}

	private static List<Missing> missing(StatisticalForm form) {
		List<Missing> missing = new ArrayList<>();
		for (Line line : form.lines()) {
			if (!line.isHeading() && !line.held()) {
				missing.add(new Missing("Mã số " + line.code(), line.label(), line.notHeld()));
			}
		}
		for (Column column : form.columns()) {
			if (!column.held()) {
				missing.add(new Missing("Cột " + column.number(),
						column.group() == null ? column.heading() : column.group() + " — " + column.heading(),
						column.notHeld()));
			}
		}
		return List.copyOf(missing);
	}

	/**
	 * The unit the form goes to: the one above the reporting unit; none is named for a
	 * unit directly under the national root, whose receiver the circular names (see
	 * docs/statutory-forms.md) and the product does not hold as a unit.
	 */
	private @Nullable String receivingUnit(UnitRow unit) {
		if (unit.parentId() == null) {
			return null;
		}
		UnitRow parent = units.get(unit.parentId());
		return parent.kind() == UnitKind.NATIONAL ? null : parent.name();
	}

}
