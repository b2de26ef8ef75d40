package vn.thidua.award;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.Masked;

/**
 * Two records of one person merged into one. The rows that moved are listed in
 * {@code person_merge_row}, so that an undo moves back exactly those.
 */
@Entity
public class PersonMerge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long keptId;

	private long mergedId;

	@Masked
	private @Nullable String movedPersonalId;

	private String mergedBy;

	private Instant mergedAt;

	private @Nullable String undoneBy;

	private @Nullable Instant undoneAt;

	@Version
	@Column(nullable = false)
	private Long version;

	protected PersonMerge() {
	}

	PersonMerge(long keptId, long mergedId, @Nullable String movedPersonalId, String mergedBy, Instant mergedAt) {
		this.keptId = keptId;
		this.mergedId = mergedId;
		this.movedPersonalId = movedPersonalId;
		this.mergedBy = mergedBy;
		this.mergedAt = mergedAt;
	}

	void undo(String by, Instant at) {
		this.undoneBy = by;
		this.undoneAt = at;
	}

	public Long getId() {
		return id;
	}

	public long getKeptId() {
		return keptId;
	}

	public long getMergedId() {
		return mergedId;
	}

	public @Nullable String getMovedPersonalId() {
		return movedPersonalId;
	}

	public String getMergedBy() {
		return mergedBy;
	}

	public Instant getMergedAt() {
		return mergedAt;
	}

	public @Nullable Instant getUndoneAt() {
		return undoneAt;
	}

	public boolean isUndone() {
		return undoneAt != null;
	}

}
