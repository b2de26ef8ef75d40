package vn.thidua.shared.pdf;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A PDF ready to be written: the name it is saved under and what writes it. Writing
 * happens later, outside the transaction that gathered its content.
 */
public record PdfFile(String name, Content content) {

	/**
	 * Writes the document to a stream and leaves it open.
	 */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

}
