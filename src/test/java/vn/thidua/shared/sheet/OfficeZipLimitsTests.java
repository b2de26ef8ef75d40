package vn.thidua.shared.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import vn.thidua.shared.sheet.SheetReader.UnreadableSheetException;
import vn.thidua.shared.sheet.OfficeZipLimits.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficeZipLimitsTests {

	@Test
	void aSmallFileHoldingOneHugeCellIsRefusedBeforeItIsRead() throws IOException {
		byte[] bomb = zip("xl/worksheets/sheet1.xml", "<c><is><t>", 'A', 1024 * 1024, "</t></is></c>");

		assertThat(bomb.length).isLessThan(20_000);
		assertThatThrownBy(() -> SheetReader.read(bomb, 100, "imports")).isInstanceOf(UnreadableSheetException.class)
			.extracting(ex -> ((UnreadableSheetException) ex).messageKey())
			.isEqualTo("imports.unpackedTooLarge");
	}

	@Test
	void anArchiveThatUnpacksBeyondTheLimitIsRefused() throws IOException {
		byte[] bomb = zip("xl/media/padding.bin", "", '\0', (int) OfficeZipLimits.MAX_UNPACKED_BYTES + 1, "");

		assertThat(OfficeZipLimits.check(new ByteArrayInputStream(bomb))).isEqualTo(Verdict.TOO_LARGE);
	}

	@Test
	void longTextWithinWhatACellHoldsPassesAndABrokenArchiveIsUnreadable() throws IOException {
		byte[] sheet = zip("xl/worksheets/sheet1.xml", "<c><is><t>", 'A', 32_767 * 3, "</t></is></c>");

		assertThat(OfficeZipLimits.check(new ByteArrayInputStream(sheet))).isEqualTo(Verdict.WITHIN);
		assertThat(OfficeZipLimits.check(new ByteArrayInputStream(new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })))
			.isEqualTo(Verdict.UNREADABLE);
	}

	private static byte[] zip(String name, String head, char fill, int count, String tail) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(head.getBytes(StandardCharsets.UTF_8));
			byte[] chunk = new byte[1 << 16];
			Arrays.fill(chunk, (byte) fill);
			for (int left = count; left > 0; left -= chunk.length) {
				zip.write(chunk, 0, Math.min(left, chunk.length));
			}
			zip.write(tail.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
