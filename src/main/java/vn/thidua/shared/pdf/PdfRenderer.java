package vn.thidua.shared.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to PDF: the template writes well-formed XHTML with CSS
 * paged media ({@code @page}), openhtmltopdf lays it out on PDFBox, and the text is set
 * in Liberation Serif — a Times-compatible serif with every Vietnamese letter, embedded
 * as a subset so the file reads the same on any machine. The fonts come from the
 * {@code openpdf-fonts-extra} jar (SIL Open Font License 1.1); no system font is used and
 * the document loads nothing from outside but the PNG images its template embeds.
 */
@Component
public class PdfRenderer {

	/**
	 * The family templates name in CSS: {@code font-family: 'Liberation Serif'}.
	 */
	public static final String FONT_FAMILY = "Liberation Serif";

	/**
	 * Official documents are Vietnamese whatever language the reader chose.
	 */
	public static final Locale VIETNAMESE = Locale.of("vi", "VN");

	private static final String PRODUCER = "Thi Đua";

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private final ITemplateEngine templates;

	private final List<Face> faces;

	/**
	 * Laying out is CPU-bound and a thousand pages hold about 100 MB while they are laid
	 * out: more documents at once than there are cores only add memory, so the rest wait.
	 */
	private final Semaphore rendering = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

	PdfRenderer(ITemplateEngine templates) {
		XRLog.setLoggerImpl(new PdfLog());
		this.templates = templates;
		this.faces = List.of(new Face("LiberationSerif-Regular", 400, FontStyle.NORMAL),
				new Face("LiberationSerif-Bold", 700, FontStyle.NORMAL),
				new Face("LiberationSerif-Italic", 400, FontStyle.ITALIC),
				new Face("LiberationSerif-BoldItalic", 700, FontStyle.ITALIC));
	}

	/**
	 * Renders the template with these variables and writes the PDF to {@code out}. The
	 * document is laid out whole before the first byte is written, so a failure leaves
	 * {@code out} untouched.
	 */
	public void render(String template, Map<String, Object> variables, OutputStream out) throws IOException {
		rendering.acquireUninterruptibly();
		try {
			write(template, variables, out);
		}
		finally {
			rendering.release();
		}
	}

	private void write(String template, Map<String, Object> variables, OutputStream out) throws IOException {
		String html = templates.process(template, new Context(VIETNAMESE, variables));
		PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
			.withHtmlContent(html, null)
			.withProducer(PRODUCER)
			.useExternalResourceAccessControl((uri, type) -> embedded(uri),
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
			.useExternalResourceAccessControl((uri, type) -> embedded(uri),
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
			.usePdfAConformance(PdfAConformance.PDFA_2_U)
			.useColorProfile(SRGB);
		for (Face face : faces) {
			builder.useFont(() -> new ByteArrayInputStream(face.bytes()), FONT_FAMILY, face.weight(), face.style(),
					true);
		}
		builder.toStream(out).run();
	}

	/**
	 * The only resources a document may load: PNG images written into it as {@code data:}
	 * URIs (the QR codes); nothing from the network or the disk.
	 */
	private static boolean embedded(String uri) {
		return uri.startsWith("data:image/png;base64,");
	}

	/**
	 * One face of the family, read once from the classpath.
	 */
	private record Face(String name, int weight, FontStyle style, byte[] bytes) {

		Face(String name, int weight, FontStyle style) {
			this(name, weight, style, withoutSubstitutions(read("/liberation/" + name + ".ttf")));
		}

		/**
		 * Hides the font's glyph substitution table (GSUB) by renaming its tag. PDFBox
		 * would otherwise run the substitution rules — compiled to regular expressions —
		 * for every piece of text it draws, which made a thousand certificates three
		 * times slower; Vietnamese set in composed letters needs none of them, and
		 * openhtmltopdf measures text without them anyway.
		 */
		private static byte[] withoutSubstitutions(byte[] font) {
			int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
			for (int i = 0; i < tables; i++) {
				int entry = 12 + 16 * i;
				if (font[entry] == 'G' && font[entry + 1] == 'S' && font[entry + 2] == 'U' && font[entry + 3] == 'B') {
					font[entry] = 'g';
				}
			}
			return font;
		}

		private static byte[] read(String resource) {
			try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("Font " + resource + " is missing from the classpath");
				}
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
