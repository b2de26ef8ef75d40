package vn.thidua.shared.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The people behind usernames, for pages and exports that show who did something: by
 * name, never by username. In templates:
 * {@code ${@userNames.nameOf(review.finalisedBy)}}.
 */
public interface UserNames {

	/**
	 * The full names of the accounts among these usernames, in one read; a username
	 * without an account (such as {@code system}) is left out.
	 */
	Map<String, String> namesOf(Collection<String> usernames);

	/**
	 * The full name of the account, or the username itself when there is none.
	 */
	default String nameOf(String username) {
		return namesOf(List.of(username)).getOrDefault(username, username);
	}

}
