package vn.thidua.proposal;

/**
 * The paper a certificate blank is printed on, in millimetres as it lies in the printer:
 * A4 landscape by default (the Bằng khen of a province is printed on A4 or A3 blanks).
 */
public record CertificateSheet(Paper paper, Orientation orientation) {

	public enum Paper {

		A4(210, 297), A3(297, 420);

		private final int shortSide;

		private final int longSide;

		Paper(int shortSide, int longSide) {
			this.shortSide = shortSide;
			this.longSide = longSide;
		}

	}

	public enum Orientation {

		LANDSCAPE, PORTRAIT

	}

	public int widthMm() {
		return orientation == Orientation.LANDSCAPE ? paper.longSide : paper.shortSide;
	}

	public int heightMm() {
		return orientation == Orientation.LANDSCAPE ? paper.shortSide : paper.longSide;
	}

	/**
	 * The CSS page size: {@code A4 landscape}.
	 */
	public String cssSize() {
		return paper.name() + " " + orientation.name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * The name of the CSS named page laid out on this sheet: {@code A4-LANDSCAPE}.
	 */
	public String pageName() {
		return paper.name() + "-" + orientation.name();
	}

}
