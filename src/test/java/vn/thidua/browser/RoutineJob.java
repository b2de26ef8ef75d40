package vn.thidua.browser;

import java.util.List;

/**
 * Each role's routine jobs: the one place that says how many clicks a job may take from
 * the role's home page (its budget) and which screenshots its journey takes for the user
 * guide (docs/guide/&lt;guide&gt;.md, pictures in docs/guide/images). The README's table
 * and the guides state the same budgets; {@link GuideImagesTests} checks they agree.
 */
enum RoutineJob {

	OFFICER_LAUNCHES_MOVEMENT("officer", "Phát động phong trào thi đua", 14, "officer-movement-new",
			"officer-movement-targets", "officer-movement-participants", "officer-movement-launched"),

	OFFICER_SUBMITS_PROPOSAL("officer", "Lập và trình đề nghị khen thưởng", 18, "officer-proposal-new",
			"officer-proposal-lines", "officer-proposal-dossier", "officer-proposal-submitted"),

	REPORTER_REPORTS_PROGRESS("reporter", "Gửi báo cáo tiến độ", 3, "reporter-home", "reporter-report-form",
			"reporter-report-sent"),

	LEADER_SCORES_REVIEW("cluster-leader", "Chấm điểm và chốt kết quả đợt chấm", 5, "leader-home", "leader-grid",
			"leader-ranking"),

	MEMBER_VOTES("board-member", "Bỏ phiếu tại phiên họp Hội đồng", 7, "member-home", "member-ballot", "member-voted"),

	CHAIR_DECIDES("chair", "Quyết định và ban hành quyết định khen thưởng", 4, "chair-home", "chair-decide",
			"chair-issued"),

	ADMIN_CREATES_ACCOUNT("admin", "Tạo tài khoản", 5, "admin-accounts", "admin-account-form", "admin-account-created");

	private final String guide;

	private final String title;

	private final int budget;

	private final List<String> shots;

	RoutineJob(String guide, String title, int budget, String... shots) {
		this.guide = guide;
		this.title = title;
		this.budget = budget;
		this.shots = List.of(shots);
	}

	/** The guide's page: docs/guide/{guide}.md, /help/{guide} in the app. */
	String guide() {
		return guide;
	}

	/** The job as the guide's heading and the README's table name it. */
	String title() {
		return title;
	}

	/** The most clicks the job may take from the home page. */
	int budget() {
		return budget;
	}

	/** The screenshots of its journey, each docs/guide/images/{name}.png. */
	List<String> shots() {
		return shots;
	}

	/** How a guide and the README state the budget. */
	String budgetText() {
		return "tối đa " + budget + " lần bấm";
	}

}
