package vn.thidua.cluster.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import vn.thidua.cluster.Criterion;
import vn.thidua.cluster.SelfAssessment;
import vn.thidua.shared.text.VietnameseNumbers;

/**
 * A member's self-assessment as its form posts it: one row per criterion of the year, in
 * the table's order, bound by index ({@code rows[0].criterionId}, {@code rows[0].points},
 * {@code rows[0].evidence}). Evidence over its limit is a field error, never cut.
 */
record SelfAssessmentForm(@Valid @Nullable List<Row> rows) {

	static final int MAX_EVIDENCE = 1000;

	/** The form as stored for the user's unit. */
	static SelfAssessmentForm of(ReviewPage view) {
		return new SelfAssessmentForm(view.getSelfRows().stream().map(row -> {
			SelfAssessment stored = row.stored();
			return new Row(row.criterion().getId(),
					stored == null ? null : VietnameseNumbers.formatForInput(stored.getPoints()),
					stored == null ? null : stored.getEvidence());
		}).toList());
	}

	/**
	 * The rows, checked against the year's criteria: rows that do not match them one by
	 * one come from no page of ours and are refused as a bad request.
	 */
	List<Row> matching(List<Criterion> criteria) {
		List<Row> posted = rows == null ? List.of() : rows;
		boolean matches = posted.size() == criteria.size();
		for (int i = 0; matches && i < criteria.size(); i++) {
			Row row = posted.get(i);
			matches = row != null && row.criterionId() != null
					&& row.criterionId().longValue() == criteria.get(i).getId();
		}
		if (!matches) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The rows do not match the criteria");
		}
		return posted;
	}

	/** What was typed for one criterion. */
	record Row(@NotNull Long criterionId, @Nullable String points,
			@Nullable @Size(max = MAX_EVIDENCE) String evidence) {

	}

}
