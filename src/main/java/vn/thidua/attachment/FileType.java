package vn.thidua.attachment;

import java.util.List;

/**
 * The kinds of document the store accepts, each recognised by its content and stored with
 * its own content type.
 */
public enum FileType {

	PDF("application/pdf", "pdf"),

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),

	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),

	PNG("image/png", "png"),

	JPEG("image/jpeg", "jpg", "jpeg"),

	;

	private final String contentType;

	private final List<String> extensions;

	FileType(String contentType, String... extensions) {
		this.contentType = contentType;
		this.extensions = List.of(extensions);
	}

	public String contentType() {
		return contentType;
	}

	/**
	 * The usual extension of a file of this type, without the dot.
	 */
	String extension() {
		return extensions.get(0);
	}

	/**
	 * Whether a file name's extension (lower case, without the dot) fits this type.
	 */
	boolean fits(String extension) {
		return extensions.contains(extension);
	}

}
