package vn.thidua.browser;

import java.io.IOException;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens a downloaded PDF and reads its text with spacing collapsed.
 */
final class PdfDownloads {

	private PdfDownloads() {
	}

	static PDDocument load(Download download) throws IOException {
		byte[] bytes = Files.readAllBytes(download.path());
		assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
		return Loader.loadPDF(bytes);
	}

	static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
	}

}
