package vn.thidua.document;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A province's own template of one kind of document.
 */
@Entity
class DraftTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The province whose documents it lays out. */
	private long unitId;

	@Enumerated(EnumType.STRING)
	private DraftKind kind;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	private String fileName;

	private String uploadedBy;

	private Instant uploadedAt;

	@Version
	private long version;

	protected DraftTemplate() {
	}

	DraftTemplate(long unitId, DraftKind kind) {
		this.unitId = unitId;
		this.kind = kind;
	}

	void replace(byte[] content, String fileName, String uploadedBy, Instant uploadedAt) {
		this.content = content;
		this.fileName = fileName;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	Long getId() {
		return id;
	}

	long getUnitId() {
		return unitId;
	}

	DraftKind getKind() {
		return kind;
	}

	byte[] getContent() {
		return content;
	}

	String getFileName() {
		return fileName;
	}

	String getUploadedBy() {
		return uploadedBy;
	}

	Instant getUploadedAt() {
		return uploadedAt;
	}

	long getVersion() {
		return version;
	}

}
