package vn.thidua.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;

/**
 * Tells what a file is from its bytes, never from its name: the signature at its start,
 * and for Word and Excel documents the names of the entries of the ZIP they are. Only the
 * ZIP's directory is read, nothing is inflated, so a ZIP bomb costs nothing.
 */
final class FileTypeDetector {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private FileTypeDetector() {
	}

	static @Nullable FileType detect(byte[] content) {
		if (startsWith(content, PDF)) {
			return FileType.PDF;
		}
		if (startsWith(content, PNG)) {
			return FileType.PNG;
		}
		if (startsWith(content, JPEG)) {
			return FileType.JPEG;
		}
		return startsWith(content, ZIP) ? officeDocument(content) : null;
	}

	/**
	 * DOCX or XLSX if the ZIP holds the parts of exactly one of them. The JDK reads the
	 * directory of a ZIP only from a file, hence the temporary copy.
	 */
	private static @Nullable FileType officeDocument(byte[] content) {
		try {
			Path copy = Files.createTempFile("thidua-attachment-", ".zip");
			try {
				Files.write(copy, content);
				try (ZipFile zip = new ZipFile(copy.toFile())) {
					if (zip.getEntry("[Content_Types].xml") == null) {
						return null;
					}
					boolean word = zip.getEntry("word/document.xml") != null;
					boolean excel = zip.getEntry("xl/workbook.xml") != null;
					return (word == excel) ? null : (word ? FileType.DOCX : FileType.XLSX);
				}
				catch (ZipException ex) {
					return null;
				}
			}
			finally {
				Files.deleteIfExists(copy);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean startsWith(byte[] content, byte[] signature) {
		return content.length >= signature.length
				&& Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
	}

}
