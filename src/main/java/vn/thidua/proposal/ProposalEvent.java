package vn.thidua.proposal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/**
 * A step of a proposal's timeline: the state reached, who moved it there, when and why.
 */
@Entity
public class ProposalEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long proposalId;

	@Enumerated(EnumType.STRING)
	private ProposalStatus status;

	private String actor;

	private Instant at;

	private @Nullable String comment;

	protected ProposalEvent() {
	}

	ProposalEvent(long proposalId, ProposalStatus status, String actor, Instant at, @Nullable String comment) {
		this.proposalId = proposalId;
		this.status = status;
		this.actor = actor;
		this.at = at;
		this.comment = comment;
	}

	public ProposalStatus getStatus() {
		return status;
	}

	public String getActor() {
		return actor;
	}

	public Instant getAt() {
		return at;
	}

	public @Nullable String getComment() {
		return comment;
	}

}
