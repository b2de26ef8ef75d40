package vn.thidua.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every face the documents use draws every Vietnamese letter, in both cases and with
 * every tone, and the dashes and quotes of the texts, from the font on the classpath
 * rather than any system font.
 */
class PdfFontsTests {

	private static final String VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợ"
			+ "pqrstuùúủũụưừứửữựvxyỳýỷỹỵ";

	private static final String PUNCTUATION = "–—…“”’";

	@ParameterizedTest
	@ValueSource(strings = { "Regular", "Bold", "Italic", "BoldItalic" })
	void everyFaceHasEveryVietnameseLetter(String face) throws IOException {
		try (InputStream in = PdfRenderer.class.getResourceAsStream("/liberation/LiberationSerif-" + face + ".ttf")) {
			assertThat(in).as(face).isNotNull();
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
			CmapLookup cmap = font.getUnicodeCmapLookup();
			String letters = VIETNAMESE + VIETNAMESE.toUpperCase(Locale.ROOT) + PUNCTUATION;
			letters.codePoints()
				.forEach(letter -> assertThat(cmap.getGlyphId(letter)).as("%s in %s", Character.toString(letter), face)
					.isPositive());
			font.close();
		}
	}

}
