package vn.thidua.movement.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

import vn.thidua.movement.EntryProblem;
import vn.thidua.movement.Movement;
import vn.thidua.movement.ProgressEntry;
import vn.thidua.movement.ProgressReport;
import vn.thidua.movement.ProgressValue;
import vn.thidua.movement.Target;
import vn.thidua.shared.text.VietnameseNumbers;

/**
 * A progress report as its form posts it: one line per target of the movement, in the
 * movement's order, bound by index ({@code lines[0].targetId}, {@code lines[0].actual},
 * {@code lines[0].achieved}, {@code lines[0].note}). A note over its limit is a field
 * error, never cut.
 */
record ReportForm(@Nullable Long version, @Valid @Nullable List<Line> lines) {

	static final int MAX_NOTE = 1000;

	/** The form of a report as stored, or empty for a report not yet submitted. */
	static ReportForm of(Movement movement, @Nullable ProgressReport report) {
		Map<Long, ProgressValue> values = new HashMap<>();
		if (report != null) {
			report.getValues().forEach(value -> values.put(value.getTargetId(), value));
		}
		List<Line> lines = new ArrayList<>();
		for (Target target : movement.getTargets()) {
			ProgressValue value = values.get(target.getId());
			lines.add(new Line(target.getId(),
					value == null ? null : VietnameseNumbers.formatForInput(value.getActualValue()),
					value == null ? null : value.getAchieved(), value == null ? null : value.getNote()));
		}
		return new ReportForm(report == null ? null : report.getVersion(), lines);
	}

	/**
	 * The lines as entries of the report, each number read by {@link FormNumbers}; one
	 * rejected on its field leaves the entry without a value. Lines that do not match the
	 * movement's targets one by one come from no page of ours and are refused as a bad
	 * request.
	 */
	List<ProgressEntry> entries(Movement movement, BindingResult result) {
		List<Target> targets = movement.getTargets();
		List<Line> posted = lines == null ? List.of() : lines;
		if (posted.size() != targets.size()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The report's lines do not match its targets");
		}
		List<ProgressEntry> entries = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			Target target = targets.get(i);
			Line line = posted.get(i);
			if (line == null || line.targetId() == null || line.targetId().longValue() != target.getId()) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"The report's lines do not match its targets");
			}
			BigDecimal actual = null;
			if (target.isQuantitative() && line.actual() != null) {
				actual = FormNumbers.read(line.actual(), "lines[" + i + "].actual", result);
			}
			entries.add(new ProgressEntry(target.getId(), actual, target.isQuantitative() ? null : line.achieved(),
					line.note()));
		}
		return entries;
	}

	/** Shows the problems the reporting rules found next to the value they concern. */
	void reject(List<EntryProblem> problems, Movement movement, BindingResult result) {
		List<Target> targets = movement.getTargets();
		for (EntryProblem problem : problems) {
			for (int i = 0; i < targets.size(); i++) {
				String field = "lines[" + i + "]." + (targets.get(i).isQuantitative() ? "actual" : "achieved");
				if (targets.get(i).getId() == problem.targetId() && !result.hasFieldErrors(field)) {
					result.rejectValue(field, problem.messageKey(), problem.args(), null);
				}
			}
		}
	}

	/** What was typed for one target. */
	record Line(@NotNull Long targetId, @Nullable String actual, @Nullable Boolean achieved,
			@Nullable @Size(max = MAX_NOTE) String note) {

	}

}
