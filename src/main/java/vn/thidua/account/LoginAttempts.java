package vn.thidua.account;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins; five in a row lock the account for fifteen minutes.
 */
@Component
class LoginAttempts {

	private final AccountManagement accounts;

	LoginAttempts(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		accounts.recordFailedLogin(event.getAuthentication().getName().strip().toLowerCase(Locale.ROOT));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		accounts.recordSuccessfulLogin(event.getAuthentication().getName());
	}

}
