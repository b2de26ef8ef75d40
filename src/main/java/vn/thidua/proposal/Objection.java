package vn.thidua.proposal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * An objection received while the nominations were published for comment.
 */
@Entity
@Table(name = "proposal_objection")
public class Objection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long proposalId;

	private @Nullable Long lineId;

	private LocalDate receivedOn;

	private String sender;

	private String content;

	private String recordedBy;

	protected Objection() {
	}

	Objection(long proposalId, @Nullable Long lineId, LocalDate receivedOn, String sender, String content,
			String recordedBy) {
		this.proposalId = proposalId;
		this.lineId = lineId;
		this.receivedOn = receivedOn;
		this.sender = sender;
		this.content = content;
		this.recordedBy = recordedBy;
	}

	public @Nullable Long getLineId() {
		return lineId;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public String getSender() {
		return sender;
	}

	public String getContent() {
		return content;
	}

}
