package vn.thidua.attachment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An uploaded file with its bytes. Never changed once stored; its bytes are read by
 * streaming them from the database, not by loading this entity.
 */
@Entity
class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	@Column(length = 64)
	@JdbcTypeCode(SqlTypes.CHAR)
	private String sha256;

	private byte[] content;

	private String uploadedBy;

	private Instant uploadedAt;

	protected Attachment() {
	}

	Attachment(String fileName, FileType type, byte[] content, String sha256, String uploadedBy, Instant uploadedAt) {
		this.fileName = fileName;
		this.contentType = type.contentType();
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.content = content;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	AttachmentInfo toInfo() {
		return new AttachmentInfo(id, fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
	}

}
