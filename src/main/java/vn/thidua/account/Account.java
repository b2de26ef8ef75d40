package vn.thidua.account;

import java.time.Duration;
import java.time.Instant;
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

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * A person who signs in, belonging to one unit whose subtree is their data scope.
 */
@Entity
public class Account {

	static final int MAX_FAILED_LOGINS = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
	@SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
	private Long id;

	private String username;

	private String passwordHash;

	private String fullName;

	private @Nullable String email;

	private Long unitId;

	@Convert(converter = RolesConverter.class)
	private Set<Role> roles;

	private boolean enabled;

	private boolean mustChangePassword;

	private int failedLogins;

	private @Nullable Instant lockedUntil;

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
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	void loginFailed(Instant now) {
		failedLogins++;
		if (failedLogins >= MAX_FAILED_LOGINS) {
			lockedUntil = now.plus(LOCK_DURATION);
			failedLogins = 0;
		}
	}

	void loginSucceeded() {
		if (failedLogins != 0 || lockedUntil != null) {
			failedLogins = 0;
			lockedUntil = null;
		}
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
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

	public @Nullable Instant getLockedUntil() {
		return lockedUntil;
	}

	public Long getVersion() {
		return version;
	}

}
