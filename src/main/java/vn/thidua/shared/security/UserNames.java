package vn.thidua.shared.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The people behind usernames, for pages and exports that show who did something: by
 * name, never by username. In templates:
 * {@code ${@userNames.nameOf(review.finalisedBy)}}.
 */
public interface UserNames {

	/**
	 * The full names of the accounts among these usernames, in one read; a username
	 * without an account (such as {@code system}) and a missing one (null) are left out.
	 */
	Map<String, String> namesOf(Collection<? extends @Nullable String> usernames);

	/** The full names of the accounts among both lists, in one read. */
	default Map<String, String> namesOf(Collection<? extends @Nullable String> some,
			Collection<? extends @Nullable String> others) {
		List<@Nullable String> all = new ArrayList<>(some);
		all.addAll(others);
		return namesOf(all);
	}

	/**
	 * The full name of the account, or the username itself when there is none.
	 */
	default String nameOf(String username) {
		return namesOf(List.of(username)).getOrDefault(username, username);
	}

}
