package vn.thidua.document;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A Word document ready to be written: its file name and what writes it.
 */
public record DraftFile(String name, Content content) {

	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

}
