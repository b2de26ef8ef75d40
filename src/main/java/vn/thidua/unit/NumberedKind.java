package vn.thidua.unit;

/**
 * The kinds of outgoing document a unit numbers, each with the abbreviation its numbers
 * carry (Nghị định 30/2020/NĐ-CP, Phụ lục III): a decision "QĐ", a cover letter (tờ
 * trình) "TTr", minutes "BB", a report "BC". Kinds sharing an abbreviation share one
 * series, so that two documents never carry the same number.
 */
public enum NumberedKind {

	/**
	 * A decision (quyết định) on awards.
	 */
	DECISION("QĐ"),
	/**
	 * The proposing unit's cover letter (tờ trình) of a proposal.
	 */
	PROPOSAL_LETTER("TTr"),
	/**
	 * The minutes (biên bản) of a reward board's session.
	 */
	BOARD_MINUTES("BB"),
	/**
	 * The chair's cover letter (tờ trình) proposing awards to an authority above the
	 * province.
	 */
	UPWARD_LETTER("TTr"),
	/**
	 * A report (báo cáo).
	 */
	REPORT("BC");

	private final String series;

	NumberedKind(String series) {
		this.series = series;
	}

	/**
	 * The abbreviation of the kind in a number: "QĐ" in "01/QĐ-UBND".
	 */
	public String series() {
		return series;
	}

}
