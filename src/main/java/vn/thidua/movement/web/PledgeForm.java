package vn.thidua.movement.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

import vn.thidua.movement.PledgeLine;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.text.VietnameseNumbers;

/**
 * A unit's pledges as their form posts them: one line per quantitative target, in the
 * sheet's order, bound by index ({@code lines[0].targetId}, {@code lines[0].plan},
 * {@code lines[0].version}).
 */
record PledgeForm(@Valid @Nullable List<Line> lines) {

	/** The form as the sheet stands: each target's pledge, or the movement's plan. */
	static PledgeForm of(List<PledgeLine> sheet) {
		return new PledgeForm(sheet.stream()
			.map(line -> new Line(line.target().getId(), VietnameseNumbers.formatForInput(line.effectivePlan()),
					line.version()))
			.toList());
	}

	/**
	 * The plans by target, each read by {@link FormNumbers} and checked against its
	 * target; a refused one is rejected on its field. Lines that do not match the sheet
	 * one by one come from no page of ours and are refused as a bad request.
	 */
	Map<Long, BigDecimal> plans(List<PledgeLine> sheet, BindingResult result) {
		List<Line> posted = matching(sheet);
		Map<Long, BigDecimal> plans = new HashMap<>();
		for (int i = 0; i < sheet.size(); i++) {
			String field = "lines[" + i + "].plan";
			BigDecimal plan = FormNumbers.read(posted.get(i).plan(), field, result);
			if (plan == null) {
				continue;
			}
			try {
				sheet.get(i).target().check(plan);
				plans.put(sheet.get(i).target().getId(), plan);
			}
			catch (BusinessRuleViolation violation) {
				result.rejectValue(field, violation.messageKey(), violation.args(), null);
			}
		}
		return plans;
	}

	/** The versions of the pledges the unit saw, by target. */
	Map<Long, Long> versions() {
		Map<Long, Long> versions = new HashMap<>();
		if (lines != null) {
			lines.stream()
				.filter(line -> line != null && line.targetId() != null)
				.forEach(line -> versions.put(line.targetId(), line.version()));
		}
		return versions;
	}

	private List<Line> matching(List<PledgeLine> sheet) {
		List<Line> posted = lines == null ? List.of() : lines;
		boolean matches = posted.size() == sheet.size();
		for (int i = 0; matches && i < sheet.size(); i++) {
			Line line = posted.get(i);
			matches = line != null && line.targetId() != null
					&& line.targetId().longValue() == sheet.get(i).target().getId();
		}
		if (!matches) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The pledges do not match the targets");
		}
		return posted;
	}

	/** What was typed for one target, with the version of its pledge the unit saw. */
	record Line(@NotNull Long targetId, @Nullable String plan, @Nullable Long version) {

	}

}
