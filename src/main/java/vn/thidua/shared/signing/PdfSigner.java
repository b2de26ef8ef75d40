package vn.thidua.shared.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Signs a PDF (PAdES baseline B: {@code ETSI.CAdES.detached}) in an incremental update,
 * with a visible signature block at the foot of the first page: who signed and when, in
 * Vietnam's time, set in Liberation Serif so the Vietnamese letters are right.
 */
@Component
public class PdfSigner {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Locale VIETNAMESE_LOCALE = Locale.of("vi", "VN");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	/** Room for the CMS signature: the certificate chain and the signature value. */
	private static final int SIGNATURE_SIZE = 32 * 1024;

	private static final float MM = 72f / 25.4f;

	private final Clock clock;

	private final byte[] font;

	private final MessageSource messages;

	public PdfSigner(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
		try (InputStream in = PdfSigner.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
			if (in == null) {
				throw new IllegalStateException("Liberation Serif is missing from the classpath");
			}
			this.font = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Where the visible signature block goes on the first page.
	 */
	public enum Stamp {

		/** 85 × 17 mm in the bottom margin, at the right: a portrait document's foot. */
		FOOT_RIGHT,

		/**
		 * One line in the bottom margin, centred: a page whose frame leaves no room
		 * inside (a certificate).
		 */
		BOTTOM_MARGIN

	}

	/**
	 * Writes {@code pdf} signed by {@code signer} to {@code out}, with the block at the
	 * foot on the right.
	 * @param reason why it is signed, shown by PDF readers ("Ký ban hành quyết định")
	 */
	public void sign(byte[] pdf, DocumentSigner signer, String reason, OutputStream out) throws IOException {
		sign(pdf, signer, reason, Stamp.FOOT_RIGHT, out);
	}

	/**
	 * Writes {@code pdf} signed by {@code signer} to {@code out}, with the block where
	 * {@code stamp} says.
	 */
	public void sign(byte[] pdf, DocumentSigner signer, String reason, Stamp stamp, OutputStream out)
			throws IOException {
		ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(VIETNAM);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(signer.signerName());
			signature.setReason(reason);
			signature.setSignDate(GregorianCalendar.from(now));
			PDRectangle page = document.getPage(0).getMediaBox();
			PDRectangle box = switch (stamp) {
				case FOOT_RIGHT -> new PDRectangle(page.getWidth() - 100 * MM, 2 * MM, 85 * MM, 17 * MM);
				case BOTTOM_MARGIN -> new PDRectangle((page.getWidth() - 190 * MM) / 2, 1.5f * MM, 190 * MM, 7 * MM);
			};
			try (SignatureOptions options = new SignatureOptions()) {
				options.setPreferredSignatureSize(SIGNATURE_SIZE);
				options.setPage(0);
				options.setVisualSignature(appearance(page, box, stamp, signer.signerName(), now));
				document.addSignature(signature, signer::sign, options);
				document.saveIncremental(out);
			}
		}
	}

	/**
	 * A one-page document holding only the signature field with its appearance, which
	 * PDFBox copies into the signed document.
	 */
	private InputStream appearance(PDRectangle page, PDRectangle box, Stamp stamp, String signerName,
			ZonedDateTime time) throws IOException {
		try (PDDocument template = new PDDocument()) {
			template.addPage(new PDPage(page));
			PDAcroForm form = new PDAcroForm(template);
			template.getDocumentCatalog().setAcroForm(form);
			PDSignatureField field = new PDSignatureField(form);
			PDAnnotationWidget widget = field.getWidgets().getFirst();
			form.setSignaturesExist(true);
			form.setAppendOnly(true);
			form.getCOSObject().setDirect(true);
			form.getFields().add(field);
			widget.setRectangle(box);

			PDFormXObject xObject = new PDFormXObject(new PDStream(template));
			xObject.setResources(new PDResources());
			xObject.setFormType(1);
			xObject.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
			PDAppearanceDictionary appearance = new PDAppearanceDictionary();
			appearance.getCOSObject().setDirect(true);
			PDAppearanceStream stream = new PDAppearanceStream(xObject.getCOSObject());
			appearance.setNormalAppearance(stream);
			widget.setAppearance(appearance);

			PDType0Font serif = PDType0Font.load(template, new ByteArrayInputStream(font), true);
			try (PDPageContentStream content = new PDPageContentStream(template, stream)) {
				content.setStrokingColor(0.1f, 0.3f, 0.6f);
				content.setLineWidth(0.8f);
				content.addRect(1, 1, box.getWidth() - 2, box.getHeight() - 2);
				content.stroke();
				content.setNonStrokingColor(0.1f, 0.3f, 0.6f);
				if (stamp == Stamp.BOTTOM_MARGIN) {
					line(content, serif, 8, 4.5f * MM, message("signature.block.signedBy", signerName) + " — "
							+ message("signature.block.time", TIME.format(time)));
				}
				else {
					line(content, serif, 9, 11 * MM, message("signature.block.signedBy", signerName));
					line(content, serif, 9, 7.5f * MM, message("signature.block.time", TIME.format(time)));
					line(content, serif, 7, 4 * MM, message("signature.block.note"));
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			template.save(bytes);
			return new ByteArrayInputStream(bytes.toByteArray());
		}
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE_LOCALE);
	}

	private static void line(PDPageContentStream content, PDType0Font font, float size, float y, String text)
			throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(2 * MM, y - 2 * MM);
		content.showText(text);
		content.endText();
	}

}
