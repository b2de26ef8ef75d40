package vn.thidua.proposal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * A board member present at a session, and when they cast their ballot (never what it
 * said).
 */
@Entity
public class BoardAttendance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long sessionId;

	private long accountId;

	private String username;

	private String fullName;

	private long unitId;

	private @Nullable Instant votedAt;

	@Version
	@Column(nullable = false)
	private Long version;

	protected BoardAttendance() {
	}

	BoardAttendance(long sessionId, long accountId, String username, String fullName, long unitId) {
		this.sessionId = sessionId;
		this.accountId = accountId;
		this.username = username;
		this.fullName = fullName;
		this.unitId = unitId;
	}

	void voted(Instant at) {
		if (votedAt != null) {
			throw new BusinessRuleViolation("board.alreadyVoted");
		}
		this.votedAt = at;
	}

	public boolean hasVoted() {
		return votedAt != null;
	}

	public long getAccountId() {
		return accountId;
	}

	public String getUsername() {
		return username;
	}

	public String getFullName() {
		return fullName;
	}

	public long getUnitId() {
		return unitId;
	}

	public @Nullable Instant getVotedAt() {
		return votedAt;
	}

}
