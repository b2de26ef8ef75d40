package vn.thidua.proposal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One sheet printed onto a blank (or a calibration page): its paper and the texts placed
 * on it, each with a label when the page is for calibrating.
 */
public record BlankPage(CertificateSheet sheet, List<Text> texts) {

	public record Text(FieldPlacement placement, String text, @Nullable String label) {

	}

}
