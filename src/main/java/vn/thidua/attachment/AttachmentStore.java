package vn.thidua.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;

/**
 * Keeps uploaded documents for the other modules: checks that a file is what its owner
 * allows, judging by its content, and stores it with its SHA-256 checksum. It does not
 * decide who may read a file: the owning module checks its scope first, then asks for the
 * file here.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AttachmentStore {

	private static final String INFO = """
			select id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
			from attachment
			""";

	private final Attachments attachments;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DataSize maxSize;

	AttachmentStore(Attachments attachments, JdbcClient jdbc, Clock clock,
			@Value("${thidua.attachments.max-size:10MB}") DataSize maxSize) {
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	/**
	 * Stores an upload if it is not empty, not too large, and by its content one of the
	 * allowed types that its name's extension does not contradict; stores nothing
	 * otherwise.
	 */
	@Transactional
	public AttachmentInfo store(MultipartFile file, Set<FileType> allowed, CurrentUser user) {
		Assert.notEmpty(allowed, "Allow at least one file type");
		String name = FileNames.sanitize(file.getOriginalFilename());
		Upload upload = read(file);
		FileType type = FileTypeDetector.detect(upload.content());
		String extension = FileNames.extension(name);
		if (type == null || !allowed.contains(type) || (extension != null && !type.fits(extension))) {
			throw new BusinessRuleViolation("attachment.typeNotAllowed", name,
					allowed.stream().sorted().map(FileType::name).collect(Collectors.joining(", ")));
		}
		if (extension == null) {
			name = FileNames.sanitize(name + "." + type.extension());
		}
		return attachments
			.save(new Attachment(name, type, upload.content(), upload.sha256(), user.username(),
					clock.instant().truncatedTo(ChronoUnit.MICROS)))
			.toInfo();
	}

	public AttachmentInfo info(long id) {
		return jdbc.sql(INFO + " where id = ?")
			.param(id)
			.query(AttachmentInfo.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("attachment", id));
	}

	/**
	 * The files of these ids that exist, oldest first, in one query.
	 */
	public List<AttachmentInfo> infos(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(INFO + " where id in (:ids) order by id").param("ids", ids).query(AttachmentInfo.class).list();
	}

	/**
	 * The file as a download, its bytes streamed from the database without loading the
	 * entity. The caller must have checked that the user may see it.
	 */
	public ResponseEntity<StreamingResponseBody> download(long id) {
		AttachmentInfo info = info(id);
		StreamingResponseBody body = out -> {
			try {
				jdbc.sql("select content from attachment where id = ?").param(id).query((ResultSet row) -> {
					try (InputStream content = row.getBinaryStream(1)) {
						content.transferTo(out);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
		};
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(info.contentType()))
			.contentLength(info.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(info.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}

	/**
	 * Reads at most one byte more than allowed, computing the checksum on the way.
	 */
	private Upload read(MultipartFile file) {
		if (file.isEmpty()) {
			throw new BusinessRuleViolation("attachment.empty");
		}
		long max = maxSize.toBytes();
		if (file.getSize() > max) {
			throw new BusinessRuleViolation("attachment.tooLarge", maxSize.toMegabytes());
		}
		MessageDigest sha256 = sha256();
		byte[] content;
		try (InputStream in = new DigestInputStream(file.getInputStream(), sha256)) {
			content = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (content.length == 0) {
			throw new BusinessRuleViolation("attachment.empty");
		}
		if (content.length > max) {
			throw new BusinessRuleViolation("attachment.tooLarge", maxSize.toMegabytes());
		}
		return new Upload(content, HexFormat.of().formatHex(sha256.digest()));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Upload(byte[] content, String sha256) {
	}

}
