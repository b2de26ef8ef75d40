package vn.thidua.report;

import java.util.Collection;

import vn.thidua.award.Subject;
import vn.thidua.award.Tally;

/**
 * Collectives, individuals and households counted, and their total.
 */
public record Counts(long collectives, long individuals, long households) {

	public static final Counts NONE = new Counts(0, 0, 0);

	public static Counts of(Collection<Tally> tallies) {
		return new Counts(sum(tallies, Subject.COLLECTIVE), sum(tallies, Subject.INDIVIDUAL),
				sum(tallies, Subject.HOUSEHOLD));
	}

	private static long sum(Collection<Tally> tallies, Subject subject) {
		return tallies.stream().filter(t -> t.subject() == subject).mapToLong(Tally::count).sum();
	}

	public long total() {
		return collectives + individuals + households;
	}

	public long of(Subject subject) {
		return switch (subject) {
			case COLLECTIVE -> collectives;
			case INDIVIDUAL -> individuals;
			case HOUSEHOLD -> households;
		};
	}

}
