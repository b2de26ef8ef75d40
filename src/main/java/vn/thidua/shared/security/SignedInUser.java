package vn.thidua.shared.security;

import java.io.Serial;

import org.springframework.security.core.userdetails.User;

/**
 * The security principal: Spring Security's user with the {@link CurrentUser} it stands
 * for.
 */
public class SignedInUser extends User {

	@Serial
	private static final long serialVersionUID = 1L;

	private final CurrentUser currentUser;

	private final boolean mustChangePassword;

	public SignedInUser(CurrentUser currentUser, String passwordHash, boolean enabled, boolean accountNonLocked,
			boolean mustChangePassword) {
		super(currentUser.username(), passwordHash, enabled, true, true, accountNonLocked, currentUser.roles());
		this.currentUser = currentUser;
		this.mustChangePassword = mustChangePassword;
	}

	public CurrentUser currentUser() {
		return currentUser;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

}
