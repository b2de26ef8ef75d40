package vn.thidua.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.SignedInUser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The demo accounts as signed-in principals, for MockMvc requests and service calls.
 */
@Component
public class DemoUsers {

	private final UserDetailsService users;

	DemoUsers(UserDetailsService users) {
		this.users = users;
	}

	public SignedInUser principal(String username) {
		return (SignedInUser) users.loadUserByUsername(username);
	}

	public CurrentUser current(String username) {
		return principal(username).currentUser();
	}

	public RequestPostProcessor as(String username) {
		return user(principal(username));
	}

}
