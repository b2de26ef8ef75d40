package vn.thidua.integration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.Masked;
import vn.thidua.shared.BusinessRuleViolation;

/**
 * The key of one integrating system: scoped to a unit's subtree and to read or write
 * access. Only the SHA-256 of the secret is kept; the prefix identifies the key in lists
 * and looks it up.
 */
@Entity
public class ApiKey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private long unitId;

	@Enumerated(EnumType.STRING)
	private ApiAccess access;

	private String prefix;

	@Masked
	private String secretHash;

	private String createdBy;

	private Instant createdAt;

	private @Nullable String revokedBy;

	private @Nullable Instant revokedAt;

	private @Nullable Instant lastUsedAt;

	@Version
	@Column(nullable = false)
	private Long version;

	protected ApiKey() {
	}

	ApiKey(String name, long unitId, ApiAccess access, String prefix, String secretHash, String createdBy,
			Instant createdAt) {
		this.name = name;
		this.unitId = unitId;
		this.access = access;
		this.prefix = prefix;
		this.secretHash = secretHash;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void revoke(String by, Instant at) {
		if (isRevoked()) {
			throw new BusinessRuleViolation("apiKey.alreadyRevoked", name);
		}
		this.revokedBy = by;
		this.revokedAt = at;
	}

	public boolean isRevoked() {
		return revokedAt != null;
	}

	/**
	 * The name the audit log and the proposals' timelines show for what the key did.
	 */
	public String actorName() {
		return actorName(name);
	}

	static String actorName(String name) {
		return "API: " + name;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public long getUnitId() {
		return unitId;
	}

	public ApiAccess getAccess() {
		return access;
	}

	public String getPrefix() {
		return prefix;
	}

	String getSecretHash() {
		return secretHash;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable String getRevokedBy() {
		return revokedBy;
	}

	public @Nullable Instant getRevokedAt() {
		return revokedAt;
	}

	public @Nullable Instant getLastUsedAt() {
		return lastUsedAt;
	}

	public Long getVersion() {
		return version;
	}

}
