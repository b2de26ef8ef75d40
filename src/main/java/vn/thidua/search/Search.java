package vn.thidua.search;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.DirectoryFilter;
import vn.thidua.award.DirectoryRow;
import vn.thidua.award.PeopleDirectory;
import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.MovementRow;
import vn.thidua.proposal.ProposalQueries;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.text.Diacritics;
import vn.thidua.unit.UnitChoices;

/**
 * One query across people, units, movements, proposals and decision numbers, with or
 * without diacritics. Each group is read by its module's query for the user's scope
 * (people only for officers and administrators, as the people directory), in a fixed
 * number of statements whatever it finds.
 */
@Service
@Transactional(readOnly = true)
public class Search {

	/** Shortest query (folded) the search runs: shorter ones would read every row. */
	public static final int MIN_LENGTH = 2;

	/** Items per group on the page of all groups. */
	public static final int GROUP_LIMIT = 5;

	/** Items of one group when the user asks for more of it. */
	public static final int MORE_LIMIT = 50;

	private final PeopleDirectory people;

	private final UnitChoices units;

	private final MovementQueries movements;

	private final ProposalQueries proposals;

	Search(PeopleDirectory people, UnitChoices units, MovementQueries movements, ProposalQueries proposals) {
		this.people = people;
		this.units = units;
		this.movements = movements;
		this.proposals = proposals;
	}

	public static boolean searchable(@Nullable String query) {
		return query != null && Diacritics.fold(query).length() >= MIN_LENGTH;
	}

	/**
	 * Every group, at most {@link #GROUP_LIMIT} each; or only one kind, at most
	 * {@link #MORE_LIMIT}.
	 */
	public SearchResults find(String query, @Nullable SearchKind only, CurrentUser user) {
		String text = query.strip();
		boolean mayReadPeople = user.has(Role.ADMIN) || user.has(Role.OFFICER);
		return new SearchResults(text,
				wanted(SearchKind.PEOPLE, only) && mayReadPeople ? people(text, limit(only), user)
						: empty(SearchKind.PEOPLE),
				wanted(SearchKind.UNITS, only)
						? SearchGroup.of(SearchKind.UNITS, units.search(text, limit(only) + 1, user), limit(only))
						: empty(SearchKind.UNITS),
				wanted(SearchKind.MOVEMENTS, only) ? movements(text, limit(only), user) : empty(SearchKind.MOVEMENTS),
				wanted(SearchKind.PROPOSALS, only)
						? SearchGroup.of(SearchKind.PROPOSALS, proposals.search(text, limit(only), user), limit(only))
						: empty(SearchKind.PROPOSALS),
				wanted(SearchKind.DECISIONS, only) ? SearchGroup.of(SearchKind.DECISIONS,
						proposals.searchDecisions(text, limit(only), user), limit(only)) : empty(SearchKind.DECISIONS),
				mayReadPeople);
	}

	private SearchGroup<DirectoryRow> people(String text, int limit, CurrentUser user) {
		List<DirectoryRow> rows = people.page(new DirectoryFilter(text, null, null, null, null), limit, user);
		return SearchGroup.of(SearchKind.PEOPLE, rows, limit);
	}

	private SearchGroup<MovementRow> movements(String text, int limit, CurrentUser user) {
		Page<MovementRow> page = movements.list(user, text, null, null, PageRequest.of(0, limit));
		return new SearchGroup<>(SearchKind.MOVEMENTS, page.getContent(), page.getTotalElements() > limit);
	}

	private static boolean wanted(SearchKind kind, @Nullable SearchKind only) {
		return only == null || only == kind;
	}

	private static int limit(@Nullable SearchKind only) {
		return only == null ? GROUP_LIMIT : MORE_LIMIT;
	}

	private static <T> SearchGroup<T> empty(SearchKind kind) {
		return new SearchGroup<>(kind, List.of(), false);
	}

}
