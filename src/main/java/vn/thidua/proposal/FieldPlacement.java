package vn.thidua.proposal;

import java.math.BigDecimal;
import java.util.Locale;

import vn.thidua.proposal.CertificateLayoutField.Alignment;

/**
 * One field's place on a certificate blank, as stored and as laid out: millimetres from
 * the sheet's top-left corner, the box's width, the font size in points.
 */
public record FieldPlacement(CertificateField field, BigDecimal xMm, BigDecimal yMm, BigDecimal widthMm,
		BigDecimal fontSize, boolean bold, boolean italic, Alignment alignment) {

	private static final BigDecimal LABEL_HEIGHT = new BigDecimal("3.2");

	/**
	 * The CSS that puts a calibration label just above the field's box.
	 */
	public String labelCss() {
		return "left:" + xMm.toPlainString() + "mm;top:"
				+ yMm.subtract(LABEL_HEIGHT).max(BigDecimal.ZERO).toPlainString() + "mm;";
	}

	/**
	 * The CSS that puts the field's box in place on the page.
	 */
	public String css() {
		return "left:" + xMm.toPlainString() + "mm;top:" + yMm.toPlainString() + "mm;width:" + widthMm.toPlainString()
				+ "mm;font-size:" + fontSize.toPlainString() + "pt;font-weight:" + (bold ? "bold" : "normal")
				+ ";font-style:" + (italic ? "italic" : "normal") + ";text-align:"
				+ alignment.name().toLowerCase(Locale.ROOT) + ";";
	}

}
