package vn.thidua.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.QueryCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@IntegrationTest
@WithMockUser(username = "officer.tv", roles = "OFFICER")
class AttachmentStoreTests {

	private static final Set<FileType> ALL = EnumSet.allOf(FileType.class);

	private static final int TEN_MB = 10 * 1024 * 1024;

	@Autowired
	Clock clock;

	@Autowired
	AttachmentStore store;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void storesARealPdfWithItsChecksumAndStreamsItBackUnchanged() throws IOException {
		byte[] pdf = pdf();
		Instant before = clock.instant();

		AttachmentInfo stored = store.store(new MockMultipartFile("file", "ke-hoach.pdf", "text/html", pdf),
				Set.of(FileType.PDF), officer());

		assertThat(stored.fileName()).isEqualTo("ke-hoach.pdf");
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
		assertThat(stored.sha256()).isEqualTo(sha256(pdf)).matches("[0-9a-f]{64}");
		assertThat(stored.uploadedBy()).isEqualTo("officer.tv");
		assertThat(stored.uploadedAt()).isBetween(before.minusSeconds(1), clock.instant().plusSeconds(1));
		assertThat(store.info(stored.id())).isEqualTo(stored);

		ResponseEntity<StreamingResponseBody> download = store.download(stored.id());

		HttpHeaders headers = download.getHeaders();
		assertThat(headers.getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/pdf");
		assertThat(headers.getContentLength()).isEqualTo(pdf.length);
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getContentDisposition().isAttachment()).isTrue();
		assertThat(headers.getContentDisposition().getFilename()).isEqualTo("ke-hoach.pdf");
		assertThat(body(download)).isEqualTo(pdf);
	}

	@Test
	void listsSeveralFilesInOneQuery() {
		AttachmentInfo first = store.store(upload("a.pdf", pdf()), ALL, officer());
		AttachmentInfo second = store.store(upload("b.png", image("png")), ALL, officer());

		QueryCount.reset();
		List<AttachmentInfo> infos = store.infos(List.of(second.id(), first.id(), -1L));

		assertThat(QueryCount.total()).isEqualTo(1);
		assertThat(infos).containsExactly(first, second);
		assertThat(store.infos(List.of())).isEmpty();
	}

	@Test
	void acceptsRealWordExcelAndImageFiles() {
		assertThat(store.store(upload("Báo cáo.docx", docx()), Set.of(FileType.DOCX), officer()).contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(store.store(upload("Danh sách.xlsx", xlsx()), Set.of(FileType.XLSX), officer()).contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(store.store(upload("anh.PNG", image("png")), ALL, officer()).contentType()).isEqualTo("image/png");
		assertThat(store.store(upload("anh.jpeg", image("jpg")), ALL, officer()).contentType()).isEqualTo("image/jpeg");
	}

	static Stream<Arguments> disguisedFiles() {
		return Stream.of(arguments("anh-chup.pdf", image("png"), Set.of(FileType.PDF), "PDF"),
				arguments("anh-chup.pdf", image("png"), ALL, "PDF, DOCX, XLSX, PNG, JPEG"),
				arguments("ho-so.docx", zip("ghi-chu.txt", "Xin chào"), Set.of(FileType.DOCX), "DOCX"),
				arguments("setup.exe", exe(), ALL, "PDF, DOCX, XLSX, PNG, JPEG"),
				arguments("quyet-dinh.pdf", exe(), Set.of(FileType.PDF), "PDF"),
				arguments("quyet-dinh.pdf", html(), Set.of(FileType.PDF), "PDF"),
				arguments("ke-hoach.docx", pdf(), Set.of(FileType.DOCX, FileType.PDF), "PDF, DOCX"),
				arguments("danh-sach.xlsx", docx(), Set.of(FileType.DOCX, FileType.XLSX), "DOCX, XLSX"));
	}

	@ParameterizedTest
	@MethodSource("disguisedFiles")
	void refusesAFileWhoseContentIsNotAnAllowedTypeOrContradictsItsName(String name, byte[] content,
			Set<FileType> allowed, String allowedNames) {
		long rows = rows();

		assertThatThrownBy(() -> store.store(upload(name, content), allowed, officer()))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, violation -> {
				assertThat(violation.messageKey()).isEqualTo("attachment.typeNotAllowed");
				assertThat(violation.args()).containsExactly(name, allowedNames);
			});
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void refusesEmptyAndTooLargeFilesButTakesExactlyTenMegabytes() {
		long rows = rows();
		byte[] tooLarge = padded(pdf(), TEN_MB + 1);
		var understated = new MockMultipartFile("file", "lon.pdf", "application/pdf", tooLarge) {

			@Override
			public long getSize() {
				return 1;
			}

		};

		assertViolation(() -> store.store(upload("rong.pdf", new byte[0]), ALL, officer()), "attachment.empty");
		assertViolation(() -> store.store(upload("lon.pdf", tooLarge), ALL, officer()), "attachment.tooLarge", 10L);
		assertViolation(() -> store.store(understated, ALL, officer()), "attachment.tooLarge", 10L);
		assertThat(rows()).isEqualTo(rows);

		assertThat(store.store(upload("vua-du.pdf", padded(pdf(), TEN_MB)), ALL, officer()).sizeBytes())
			.isEqualTo(TEN_MB);
	}

	@Test
	void theAuditEntryHasTheFileNameAndChecksumButNotTheContent() {
		AttachmentInfo stored = store.store(upload("minh-chung.pdf", pdf()), ALL, officer());

		String changes = jdbc.sql("""
				select changes::text from audit_entry
				where entity_type = 'Attachment' and entity_id = ? and action = 'CREATE' and actor = 'officer.tv'
				""").param(String.valueOf(stored.id())).query(String.class).single();

		JsonNode json = JsonMapper.builder().build().readTree(changes);
		assertThat(json.get("fileName").get("new").asString()).isEqualTo("minh-chung.pdf");
		assertThat(json.get("sha256").get("new").asString()).isEqualTo(stored.sha256());
		assertThat(json.has("content")).isFalse();
	}

	@Test
	void aVietnameseFileNameSurvivesTheRoundTripInContentDisposition() {
		String name = "Kế hoạch thi đua năm 2026 – Trà Vinh.pdf";
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);

		AttachmentInfo stored = store.store(upload(decomposed, pdf()), ALL, officer());

		String header = store.download(stored.id()).getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(stored.fileName()).isEqualTo(name);
		assertThat(header).startsWith("attachment;").contains("filename*=UTF-8''");
		assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo(name);
	}

	@Test
	void storesASafeFileName() {
		String stored = store
			.store(upload("C:\\fakepath\\..\\Quyết\u0000 định khen\u202E thưởng.pdf", pdf()), ALL, officer())
			.fileName();

		assertThat(stored).isEqualTo("Quyết định khen thưởng.pdf");
		assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.sanitize("  ..Tờ trình: \"số 5\"?.pdf. ")).isEqualTo("Tờ trình_ _số 5__.pdf");
		assertThat(FileNames.sanitize("/\t")).isEqualTo("tệp");
		String longName = FileNames.sanitize("Đ".repeat(300) + ".docx");
		assertThat(longName).hasSize(255).startsWith("ĐĐĐ").endsWith("Đ.docx");
		assertThat(store.store(upload("Biên bản họp v1.0", pdf()), ALL, officer()).fileName())
			.isEqualTo("Biên bản họp v1.0.pdf");
	}

	@Test
	void unknownFilesAreNotFound() {
		assertThatThrownBy(() -> store.info(-1)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> store.download(-1)).isInstanceOf(NotFoundException.class);
	}

	@Test
	@WithAnonymousUser
	void nothingIsStoredOrReadWithoutASignedInUser() {
		long rows = rows();

		assertThatThrownBy(() -> store.store(upload("a.pdf", pdf()), ALL, officer()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> store.info(1)).isInstanceOf(AccessDeniedException.class);
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void refusalsReadWellInBothLanguages() {
		Object[] args = { "anh.pdf", "PDF" };

		assertThat(messages.getMessage("attachment.typeNotAllowed", args, Locale.forLanguageTag("vi")))
			.startsWith("Tệp anh.pdf không phải là PDF thật (hệ thống kiểm tra nội dung tệp");
		assertThat(messages.getMessage("attachment.typeNotAllowed", args, Locale.ENGLISH)).isEqualTo(
				"The file anh.pdf is not a genuine PDF (the system checks what the file contains, not its name).");
		assertThat(messages.getMessage("attachment.tooLarge", new Object[] { 10L }, Locale.forLanguageTag("vi")))
			.isEqualTo("Tệp lớn hơn 10 MB.");
	}

	private CurrentUser officer() {
		return users.current("officer.tv");
	}

	private long rows() {
		return jdbc.sql("select count(*) from attachment").query(Long.class).single();
	}

	private static void assertViolation(Runnable call, String messageKey, Object... args) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleViolation.class, violation -> {
			assertThat(violation.messageKey()).isEqualTo(messageKey);
			assertThat(violation.args()).containsExactly(args);
		});
	}

	private static MockMultipartFile upload(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private static byte[] body(ResponseEntity<StreamingResponseBody> download) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		download.getBody().writeTo(out);
		return out.toByteArray();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] pdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * The document followed by spaces, which PDF readers ignore, up to a size.
	 */
	static byte[] padded(byte[] document, int size) {
		byte[] content = new byte[size];
		Arrays.fill(content, (byte) ' ');
		System.arraycopy(document, 0, content, 0, document.length);
		return content;
	}

	static byte[] image(String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] docx() {
		return zip("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
				<Default Extension="xml" ContentType="application/xml"/>
				<Override PartName="/word/document.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
				</Types>""", "_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
				<Relationship Id="rId1" Target="word/document.xml" \
				Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
				</Relationships>""", "word/document.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
				<w:body><w:p><w:r><w:t>Báo cáo tổng kết phong trào thi đua</w:t></w:r></w:p></w:body>
				</w:document>""");
	}

	static byte[] xlsx() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "ThiDua", "1.0")) {
			workbook.newWorksheet("Danh sách").value(0, 0, "Đơn vị");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] zip(String... namesAndContents) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] exe() {
		byte[] content = new byte[512];
		content[0] = 'M';
		content[1] = 'Z';
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, content, 78, stub.length);
		return content;
	}

	static byte[] html() {
		return """
				<!DOCTYPE html>
				<html><body>%PDF-1.4 <script>document.location = 'https://example.invalid/'</script></body></html>
				""".getBytes(StandardCharsets.UTF_8);
	}

}
