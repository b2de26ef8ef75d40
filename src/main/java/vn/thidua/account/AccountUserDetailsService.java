package vn.thidua.account;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.security.SignedInUser;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	AccountUserDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public SignedInUser loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new UsernameNotFoundException(username));
		return new SignedInUser(account.toCurrentUser(), account.getPasswordHash(), account.isEnabled(), true,
				account.isMustChangePassword());
	}

}
