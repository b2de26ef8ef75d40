package vn.thidua.shared.sheet;

import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Reads an Office file (.xlsx, .docx) through once, decompressing as it goes and keeping
 * nothing, before the sheet library builds strings from it: a small file that unpacks to
 * gigabytes, or one cell (or tag) longer than any real sheet holds, is refused before it
 * can exhaust the heap. Excel itself keeps at most 32.767 characters in a cell.
 */
public final class OfficeZipLimits {

	static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;

	static final int MAX_ENTRIES = 10_000;

	/** Bytes between two markup delimiters: a cell of 32.767 characters, escaped. */
	static final int MAX_RUN_BYTES = 256 * 1024;

	private OfficeZipLimits() {
	}

	public enum Verdict {

		WITHIN, TOO_LARGE, UNREADABLE

	}

	public static Verdict check(InputStream in) {
		byte[] buffer = new byte[1 << 16];
		long unpacked = 0;
		int entries = 0;
		try (ZipArchiveInputStream zip = new ZipArchiveInputStream(in, "UTF-8", true, true)) {
			for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > MAX_ENTRIES) {
					return Verdict.TOO_LARGE;
				}
				int run = 0;
				for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
					unpacked += read;
					if (unpacked > MAX_UNPACKED_BYTES) {
						return Verdict.TOO_LARGE;
					}
					for (int i = 0; i < read; i++) {
						byte b = buffer[i];
						run = b == '<' || b == '>' ? 0 : run + 1;
						if (run > MAX_RUN_BYTES && entry.getName().endsWith(".xml")) {
							return Verdict.TOO_LARGE;
						}
					}
				}
			}
			return entries > 0 ? Verdict.WITHIN : Verdict.UNREADABLE;
		}
		catch (IOException | RuntimeException ex) {
			return Verdict.UNREADABLE;
		}
	}

}
