package vn.thidua.account.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.account.Account;
import vn.thidua.account.AccountDetails;
import vn.thidua.shared.security.Role;

record AccountForm(
		@Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]*",
				message = "{account.username.pattern}") @Nullable String username,
		@Nullable @Size(max = 100) String password, @NotBlank @Size(max = 200) String fullName,
		@Nullable @Email @Size(max = 200) String email, @NotBlank String unitCode, @NotEmpty Set<Role> roles,
		@Nullable Boolean enabled, @Nullable Long version) {

	static AccountForm empty() {
		return new AccountForm("", "", "", null, "", Set.of(Role.OFFICER), true, null);
	}

	static AccountForm from(Account account, String unitCode) {
		return new AccountForm(account.getUsername(), null, account.getFullName(), account.getEmail(), unitCode,
				account.getRoles(), account.isEnabled(), account.getVersion());
	}

	AccountDetails toDetails() {
		return new AccountDetails(fullName, email, unitCode, roles, Boolean.TRUE.equals(enabled));
	}

}
