package vn.thidua.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.thidua.award.AwardKind;
import vn.thidua.award.Subject;
import vn.thidua.report.StatisticalForm.Column;
import vn.thidua.report.StatisticalForm.Criterion;
import vn.thidua.report.StatisticalForm.Line;

/**
 * The statistical forms of emulation and commendation of Thông tư 02/2023/TT-BNV
 * (0601–0603.N/BNV-TĐKT), their rows and columns written out as the circular's annex has
 * them, so far as they could be verified (see docs/statutory-forms.md). The wording is
 * the law's and stays Vietnamese.
 */
public final class StatisticalForms {

	static final String SOURCE = "Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ trưởng Bộ Nội vụ quy định chế độ báo cáo thống kê ngành Nội vụ";

	static final String ISSUED_WITH = "Ban hành kèm theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023";

	static final LocalDate IN_FORCE = LocalDate.of(2023, 5, 10);

	static final String DEADLINE = "Ngày 15 tháng 12 năm báo cáo";

	static final String NO_LEADERSHIP = "Sản phẩm không ghi chức vụ, cấp lãnh đạo hay nghề nghiệp của người được khen theo cách phân loại của biểu.";

	static final String NO_ENTERPRISE = "Sản phẩm không ghi tập thể nào là doanh nghiệp.";

	static final String NO_RESISTANCE = "Sản phẩm không ghi loại khen thưởng kháng chiến.";

	public static final List<StatisticalForm> ALL = List.of(movements(), stateAwards(), provincialAwards());

	private StatisticalForms() {
	}

	/**
	 * A form by its code, whole ("0602.N/BNV-TĐKT") or by its number ("0602").
	 */
	public static Optional<StatisticalForm> find(String code) {
		return ALL.stream().filter(form -> form.code().equals(code) || form.number().equals(code)).findFirst();
	}

	/**
	 * 0601.N: the emulation movements launched, by the level that launched them. The
	 * product records movements but neither the level that launched them nor their scope
	 * and way of organisation as the form classifies them, so no figure is printed.
	 */
	static StatisticalForm movements() {
		String reason = "Sản phẩm không ghi cấp chủ trì phát động, phạm vi và phương thức tổ chức phong trào theo cách phân loại của biểu.";
		String group = "Số phong trào thi đua chia theo cấp chủ trì phát động thi đua";
		List<Column> columns = List.of(Column.notHeld("1=(2+3+4)", null, "Tổng số", reason),
				Column.notHeld("2", group, "Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)", reason),
				Column.notHeld("3", group,
						"Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương", reason),
				Column.notHeld("4", group, "Cơ quan, tổ chức, đơn vị", reason));
		List<Line> lines = List.of(Line.notHeld("01", "Tổng số", "", reason),
				Line.heading("1. Chia theo phạm vi tổ chức thi đua"), Line.notHeld("02", "- Toàn quốc", "", reason),
				Line.notHeld("03", "- Bộ, ban, ngành, đoàn thể, địa phương", "", reason),
				Line.notHeld("04", "- Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức", "", reason),
				Line.notHeld("05", "- Cơ quan, tổ chức, đơn vị", "", reason),
				Line.heading("2. Chia theo thời hạn thi đua"), Line.notHeld("06", "- Dưới 1 năm", "", reason),
				Line.notHeld("07", "- 1 năm", "", reason), Line.notHeld("08", "- Từ 1 năm đến dưới 3 năm", "", reason),
				Line.notHeld("09", "- Từ 3 năm đến dưới 5 năm", "", reason),
				Line.notHeld("10", "- Từ 5 năm trở lên", "", reason),
				Line.heading("3. Chia theo phương thức tổ chức phong trào thi đua"),
				Line.notHeld("11", "- Thi đua theo chuyên đề", "", reason),
				Line.notHeld("12", "- Thi đua thường xuyên hằng năm", "", reason));
		return new StatisticalForm("0601.N/BNV-TĐKT", "SỐ PHONG TRÀO THI ĐUA", "Phong trào", SOURCE, ISSUED_WITH,
				IN_FORCE, null, DEADLINE, columns, lines);
	}

	/**
	 * 0602.N: awards of the State (orders and medals, prizes, honorary titles), of the
	 * Government and of the Prime Minister, and Chiến sĩ thi đua toàn quốc.
	 */
	static StatisticalForm stateAwards() {
		String orders = "Các loại huân chương, huy chương";
		String honours = "Danh hiệu vinh dự nhà nước";
		String pm = "Bằng khen của Thủ tướng Chính phủ";
		String others = "Các hình thức khen thưởng khác";
		String noPrize = "Danh mục hình thức khen thưởng của sản phẩm không có hình thức này.";
		List<Column> columns = List.of(
				Column.of("1", null, "Tổng số",
						Criterion.forms(FormLine.ORDERS, FormLine.CO_CP, FormLine.BK_TTG, FormLine.CSTD_TQ)),
				Column.of("2", orders, "Tập thể", of(FormLine.ORDERS, Subject.COLLECTIVE)),
				Column.of("2", orders, "Cá nhân", of(FormLine.ORDERS, Subject.INDIVIDUAL)),
				Column.notHeld("3", null, "Giải thưởng Hồ Chí Minh", noPrize),
				Column.notHeld("4", null, "Giải thưởng Nhà nước", noPrize),
				Column.notHeld("5", honours, "Tập thể", noPrize), Column.notHeld("5", honours, "Cá nhân", noPrize),
				Column.of("6", null, "Cờ thi đua của Chính phủ", Criterion.forms(FormLine.CO_CP)),
				Column.of("7", pm, "Tập thể", of(FormLine.BK_TTG, Subject.COLLECTIVE)),
				Column.of("7", pm, "Cá nhân", of(FormLine.BK_TTG, Subject.INDIVIDUAL)),
				Column.of("8", null, "Chiến sĩ thi đua toàn quốc", Criterion.forms(FormLine.CSTD_TQ)),
				Column.notHeld("9", others, "Tập thể", noPrize), Column.notHeld("9", others, "Cá nhân", noPrize));
		String noSubmitter = "Sản phẩm không ghi đơn vị nào ban hành tờ trình Thủ tướng Chính phủ.";
		List<Line> lines = new ArrayList<>();
		lines.add(Line.of("01", "Tổng số", "", Criterion.ALL));
		lines.add(Line.heading("1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng"));
		lines.add(Line.notHeld("02", "- Bộ, ban, ngành, đoàn thể Trung ương", "Bộ, ngành", noSubmitter));
		lines.add(Line.notHeld("03", "- Tỉnh, thành phố trực thuộc Trung ương", "Tỉnh, TP", noSubmitter));
		lines.add(Line.heading("2. Chia theo đối tượng khen thưởng"));
		lines.addAll(subjects(6));
		lines.add(Line.heading("3. Chia theo phương thức khen thưởng"));
		lines.addAll(kinds(15));
		return new StatisticalForm("0602.N/BNV-TĐKT", "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC", "", SOURCE, ISSUED_WITH,
				IN_FORCE, null, DEADLINE, columns, List.copyOf(lines));
	}

	/**
	 * 0603.N: awards of ministries, central bodies and provinces: Bằng khen, Chiến sĩ thi
	 * đua, Cờ thi đua and commemorative medals.
	 */
	static StatisticalForm provincialAwards() {
		List<Column> columns = List.of(
				Column.of("1", null, "Tổng số",
						Criterion.forms(FormLine.BK_TINH, FormLine.CSTD_TINH, FormLine.CO_TINH)),
				Column.of("2", "Chia ra", "Bằng khen", Criterion.forms(FormLine.BK_TINH)),
				Column.of("3", "Chia ra", "Chiến sĩ thi đua cấp bộ, cấp tỉnh", Criterion.forms(FormLine.CSTD_TINH)),
				Column.of("4", "Chia ra",
						"Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương",
						Criterion.forms(FormLine.CO_TINH)),
				Column.notHeld("5", "Chia ra",
						"Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương",
						"Danh mục hình thức khen thưởng của sản phẩm không có huy hiệu, kỷ niệm chương."));
		List<Line> lines = new ArrayList<>();
		lines.add(Line.of("01", "Tổng số", "", Criterion.ALL));
		lines.add(Line.heading("1. Chia theo đối tượng khen thưởng"));
		lines.addAll(subjects(2));
		lines.add(Line.heading("2. Chia theo phương thức khen thưởng"));
		lines.addAll(kinds(11));
		return new StatisticalForm("0603.N/BNV-TĐKT",
				"SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG",
				"", SOURCE, ISSUED_WITH, IN_FORCE, null, DEADLINE, columns, List.copyOf(lines));
	}

	private static Criterion of(FormLine form, Subject subject) {
		return new Criterion(Set.of(form), subject, null);
	}

	/**
	 * The rows by subject, numbered from {@code first}: collectives (of which
	 * enterprises), households, individuals and their five kinds of position.
	 */
	private static List<Line> subjects(int first) {
		return List.of(Line.of(code(first), "- Tập thể", "Tập thể", Criterion.subject(Subject.COLLECTIVE)),
				Line.notHeld(code(first + 1), "Trong đó: Doanh nghiệp", "Doanh nghiệp", NO_ENTERPRISE),
				Line.of(code(first + 2), "- Hộ gia đình", "Hộ", Criterion.subject(Subject.HOUSEHOLD)),
				Line.of(code(first + 3), "- Cá nhân", "Người", Criterion.subject(Subject.INDIVIDUAL)),
				Line.notHeld(code(first + 4), "+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên", "Người",
						NO_LEADERSHIP),
				Line.notHeld(code(first + 5), "+ Lãnh đạo cấp vụ, sở, ngành và tương đương", "Người", NO_LEADERSHIP),
				Line.notHeld(code(first + 6), "+ Doanh nhân", "Người", NO_LEADERSHIP),
				Line.notHeld(code(first + 7), "+ Các cấp lãnh đạo khác từ phó phòng trở lên", "Người", NO_LEADERSHIP),
				Line.notHeld(code(first + 8),
						"+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân, ...)",
						"Người", NO_LEADERSHIP));
	}

	/**
	 * The rows by kind of award, numbered from {@code first}; the product's kinds map one
	 * to one except resistance, which it does not record.
	 */
	private static List<Line> kinds(int first) {
		return List.of(Line.of(code(first), "- Thường xuyên", "", Criterion.kind(AwardKind.MERIT)),
				Line.of(code(first + 1), "- Chuyên đề", "", Criterion.kind(AwardKind.MOVEMENT)),
				Line.of(code(first + 2), "- Đột xuất", "", Criterion.kind(AwardKind.SUDDEN)),
				Line.of(code(first + 3), "- Đối ngoại", "", Criterion.kind(AwardKind.FOREIGN)),
				Line.of(code(first + 4), "- Cống hiến", "", Criterion.kind(AwardKind.DEDICATION)),
				Line.of(code(first + 5), "- Niên hạn", "", Criterion.kind(AwardKind.SENIORITY)),
				Line.notHeld(code(first + 6), "- Kháng chiến", "", NO_RESISTANCE));
	}

	private static String code(int number) {
		return String.format("%02d", number);
	}

}
