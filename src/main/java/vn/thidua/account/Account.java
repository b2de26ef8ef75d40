package vn.thidua.account;

import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.Masked;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * A person who signs in, belonging to one unit whose subtree is their data scope.
 */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
	@SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
	private Long id;

	private String username;

	@Masked
	private String passwordHash;

	private String fullName;

	private @Nullable String email;

	private Long unitId;

	@Convert(converter = RolesConverter.class)
	private Set<Role> roles;

	private boolean enabled;

	private boolean mustChangePassword;

	@Version
	@Column(nullable = false)
	private Long version;

	protected Account() {
	}

	Account(String username, String passwordHash, String fullName, @Nullable String email, long unitId, Set<Role> roles,
			boolean mustChangePassword) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.mustChangePassword = mustChangePassword;
		describe(fullName, email, unitId, roles, true);
	}

	void describe(String fullName, @Nullable String email, long unitId, Set<Role> roles, boolean enabled) {
		this.fullName = fullName;
		this.email = email;
		this.unitId = unitId;
		this.roles = Set.copyOf(roles);
		this.enabled = enabled;
	}

	void changePassword(String newHash, boolean mustChange) {
		this.passwordHash = newHash;
		this.mustChangePassword = mustChange;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(id, username, fullName, unitId, roles);
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public String getFullName() {
		return fullName;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public Long getVersion() {
		return version;
	}

}
