package vn.thidua.proposal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A sheet of lines checked against a proposal at its version, without adding anything:
 * every row with what it will become or what is wrong with it, or the reason the file
 * could not be read at all. It can be confirmed when no row has a problem and at least
 * one row is new.
 */
public record SheetPreview(long proposalId, String proposalTitle, long proposalVersion, List<SheetLine> rows,
		@Nullable String fileProblemKey, Object... fileProblemArgs) {

	static SheetPreview unreadable(Proposal proposal, String messageKey, Object... args) {
		return new SheetPreview(proposal.getId(), proposal.getTitle(), proposal.getVersion(), List.of(), messageKey,
				args);
	}

	public boolean isCommittable() {
		return fileProblemKey == null && invalidCount() == 0 && newCount() > 0;
	}

	public long invalidCount() {
		return rows.stream().filter(row -> !row.isValid()).count();
	}

	public long newCount() {
		return rows.stream().filter(SheetLine::isNew).count();
	}

	public long presentCount() {
		return rows.stream().filter(row -> row.isValid() && row.present()).count();
	}

	/**
	 * How many of the new rows the engine would pass, warn about or block, by outcome
	 * name.
	 */
	public Map<String, Long> outcomes() {
		Map<String, Long> counts = new HashMap<>();
		for (LineOutcome outcome : LineOutcome.values()) {
			counts.put(outcome.name(), 0L);
		}
		rows.stream()
			.filter(row -> row.isNew() && row.verdict() != null)
			.forEach(row -> counts.merge(row.verdict().outcome().name(), 1L, Long::sum));
		return counts;
	}

}
