package vn.thidua.proposal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * A meeting of the reward board on a proposal: its date, the size of the board, who
 * opened and closed it. Attendance and the per-line counts hang off it; ballots do not
 * exist as rows, so nobody can read how a member voted.
 */
@Entity
public class BoardSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long proposalId;

	private LocalDate heldOn;

	private int membersTotal;

	private String openedBy;

	private @Nullable Instant closedAt;

	private @Nullable String closedBy;

	private boolean inquorate;

	@Version
	@Column(nullable = false)
	private Long version;

	protected BoardSession() {
	}

	BoardSession(long proposalId, LocalDate heldOn, int membersTotal, String openedBy) {
		this.proposalId = proposalId;
		this.heldOn = heldOn;
		this.membersTotal = membersTotal;
		this.openedBy = openedBy;
	}

	void requireOpen() {
		if (closedAt != null) {
			throw new BusinessRuleViolation("board.closed");
		}
	}

	void close(String by, Instant at) {
		requireOpen();
		this.closedBy = by;
		this.closedAt = at;
	}

	/**
	 * Closes a session that lacked its quorum: it decided nothing, and the board meets
	 * again in a new session.
	 */
	void adjourn(String by, Instant at) {
		close(by, at);
		this.inquorate = true;
	}

	public boolean isInquorate() {
		return inquorate;
	}

	public boolean isOpen() {
		return closedAt == null;
	}

	public Long getId() {
		return id;
	}

	public long getProposalId() {
		return proposalId;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public int getMembersTotal() {
		return membersTotal;
	}

	public String getOpenedBy() {
		return openedBy;
	}

	public @Nullable Instant getClosedAt() {
		return closedAt;
	}

	public Long getVersion() {
		return version;
	}

}
