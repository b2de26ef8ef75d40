package vn.thidua.attachment;

import java.time.Instant;

/**
 * A stored file as other modules see it: everything but its bytes.
 */
public record AttachmentInfo(long id, String fileName, String contentType, long sizeBytes, String sha256,
		String uploadedBy, Instant uploadedAt) {
}
