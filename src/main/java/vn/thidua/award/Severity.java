package vn.thidua.award;

/**
 * A blocking failure stops submission; a warning needs a written reason.
 */
public enum Severity {

	BLOCKING, WARNING

}
