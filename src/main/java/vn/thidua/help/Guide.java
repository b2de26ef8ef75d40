package vn.thidua.help;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * The guide of each role: its page name, which is also its file in docs/guide
 * ({@code officer} → {@code docs/guide/officer.md}).
 */
public enum Guide {

	OFFICER("officer", Role.OFFICER), UNIT_REPORTER("reporter", Role.UNIT_REPORTER),
	CLUSTER_LEADER("cluster-leader", Role.CLUSTER_LEADER), BOARD_MEMBER("board-member", Role.BOARD_MEMBER),
	BOARD_CHAIR("chair", Role.BOARD_CHAIR), ADMIN("admin", Role.ADMIN);

	private final String page;

	private final Role role;

	Guide(String page, Role role) {
		this.page = page;
		this.role = role;
	}

	public String page() {
		return page;
	}

	public Role role() {
		return role;
	}

	public static Optional<Guide> of(String page) {
		return Arrays.stream(values()).filter(guide -> guide.page.equals(page)).findFirst();
	}

	/** The guides of the user's roles, in this enum's order. */
	public static List<Guide> of(CurrentUser user) {
		return Arrays.stream(values()).filter(guide -> user.has(guide.role)).toList();
	}

}
