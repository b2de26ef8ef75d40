package vn.thidua.cluster.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the leader typed in one cell of the grid. Every cell carries the same five fields,
 * so a grid posted without JavaScript arrives as five lists of equal length, one position
 * per cell.
 */
record CellEntry(long unitId, long criterionId, String points, @Nullable String reason, @Nullable Long version) {

	static CellEntry of(long unitId, long criterionId, @Nullable String points, @Nullable String reason,
			@Nullable Long version) {
		String typedReason = reason == null || reason.isBlank() ? null : reason.strip();
		return new CellEntry(unitId, criterionId, points == null ? "" : points.strip(), typedReason, version);
	}

	/**
	 * The cells of a posted grid; lists of different lengths or ids that are not numbers
	 * come from no page of ours and are refused as a bad request.
	 */
	static List<CellEntry> readAll(MultiValueMap<String, String> form) {
		List<String> units = form.getOrDefault("unitId", List.of());
		List<String> criteria = form.getOrDefault("criterionId", List.of());
		List<String> points = form.getOrDefault("points", List.of());
		List<String> reasons = form.getOrDefault("reason", List.of());
		List<String> versions = form.getOrDefault("version", List.of());
		int size = units.size();
		if (criteria.size() != size || points.size() != size || reasons.size() != size || versions.size() != size) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The grid's fields do not line up");
		}
		List<CellEntry> entries = new ArrayList<>(size);
		try {
			for (int i = 0; i < size; i++) {
				String version = versions.get(i);
				entries.add(of(Long.parseLong(units.get(i)), Long.parseLong(criteria.get(i)), points.get(i),
						reasons.get(i), version == null || version.isBlank() ? null : Long.valueOf(version.strip())));
			}
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Form values cannot be converted");
		}
		return entries;
	}

}
