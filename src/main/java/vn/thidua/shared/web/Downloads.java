package vn.thidua.shared.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A generated file sent as a download: its name as the browser saves it (Vietnamese
 * letters kept through RFC 5987 {@code filename*}, with a plain ASCII {@code filename}
 * for old clients), never cached, never sniffed.
 */
public final class Downloads {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");

	private static final Pattern UNSAFE_IN_NAME = Pattern.compile("[\\\\/:*?\"<>|\\p{C}\\s]+");

	/** A Word document (.docx). */
	public static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private Downloads() {
	}

	public static ResponseEntity<StreamingResponseBody> attachment(String fileName, MediaType type,
			StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}

	/**
	 * Starts a download written straight to the response as it is produced.
	 */
	public static void start(HttpServletResponse response, String fileName, MediaType type) {
		response.setContentType(type.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().cachePrivate().getHeaderValue());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName));
		response.setHeader("X-Content-Type-Options", "nosniff");
	}

	/**
	 * A part of a file name made safe: no folders, reserved characters or spaces
	 * ("125/QĐ-UBND" becomes "125-QĐ-UBND").
	 */
	public static String namePart(String text) {
		String part = UNSAFE_IN_NAME.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("-");
		return part.replaceAll("^[-.]+|[-.]+$", "");
	}

	static String contentDisposition(String fileName) {
		return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
	}

	static String ascii(String fileName) {
		String plain = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return UNSAFE.matcher(MARKS.matcher(plain).replaceAll("")).replaceAll("-");
	}

	private static String rfc5987(String fileName) {
		ByteArrayOutputStream encoded = new ByteArrayOutputStream();
		for (byte b : Normalizer.normalize(fileName, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.write(c);
			}
			else {
				encoded.writeBytes(String.format("%%%02X", b & 0xff).getBytes(StandardCharsets.US_ASCII));
			}
		}
		return encoded.toString(StandardCharsets.US_ASCII);
	}

}
