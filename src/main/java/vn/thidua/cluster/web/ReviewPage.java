package vn.thidua.cluster.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterRights;
import vn.thidua.cluster.ClusterYear;
import vn.thidua.cluster.AwardOffers;
import vn.thidua.cluster.Criterion;
import vn.thidua.cluster.CriterionKind;
import vn.thidua.cluster.ProposalKind;
import vn.thidua.cluster.RankedMember;
import vn.thidua.cluster.Review;
import vn.thidua.cluster.ReviewPeriod;
import vn.thidua.cluster.ReviewProposal;
import vn.thidua.cluster.ReviewScore;
import vn.thidua.cluster.ReviewSheet;
import vn.thidua.cluster.SelfAssessment;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.unit.UnitRow;

/**
 * A review as its page shows it to one user: the members in Vietnamese order, the
 * criteria, the leader's grid cells, the user's own self-assessment, the ranking with
 * unit names and the heat map levels. Cells and rows that came back with errors show what
 * was typed.
 */
final class ReviewPage {

	/** Score ÷ maximum from which a heat map cell is good, and fair. */
	private static final BigDecimal GOOD = new BigDecimal("0.9");

	private static final BigDecimal FAIR = new BigDecimal("0.7");

	private final ReviewSheet sheet;

	private final ClusterRights rights;

	private final List<UnitRow> members;

	private final Map<Long, UnitRow> units;

	private final Map<Long, Map<Long, BigDecimal>> attainments;

	private final long ownUnitId;

	private final LocalDate today;

	private final Map<String, ReviewScore> scores = new HashMap<>();

	private final Map<String, SelfAssessment> assessments = new HashMap<>();

	private final Map<String, ScoreCell> shownCells = new HashMap<>();

	ReviewPage(ReviewSheet sheet, ClusterRights rights, List<UnitRow> members, Map<Long, UnitRow> units,
			Map<Long, Map<Long, BigDecimal>> attainments, long ownUnitId, LocalDate today) {
		this.sheet = sheet;
		this.rights = rights;
		this.members = members;
		this.units = units;
		this.attainments = attainments;
		this.ownUnitId = ownUnitId;
		this.today = today;
		sheet.scores().forEach(cell -> scores.put(key(cell.getUnitId(), cell.getCriterionId()), cell));
		sheet.assessments()
			.forEach(assessed -> assessments.put(key(assessed.getUnitId(), assessed.getCriterionId()), assessed));
	}

	public Cluster getCluster() {
		return sheet.cluster();
	}

	public ClusterYear getYear() {
		return sheet.year();
	}

	public Review getReview() {
		return sheet.review();
	}

	public ClusterRights getRights() {
		return rights;
	}

	public List<UnitRow> getMembers() {
		return members;
	}

	public List<Criterion> getCriteria() {
		return sheet.year().getCriteria();
	}

	public Criterion criterion(long criterionId) {
		return sheet.year().criterion(criterionId);
	}

	public UnitRow unit(long unitId) {
		return units.get(unitId);
	}

	/** The leader enters scores while the review is open. */
	public boolean isScoring() {
		return rights.lead() && sheet.review().isOpen();
	}

	/** A member assesses itself while the review is open. */
	public boolean isAssessing() {
		return rights.member() && sheet.review().isOpen();
	}

	public boolean isProposing() {
		return rights.lead() && !sheet.review().isOpen() && sheet.review().getPeriod() == ReviewPeriod.YEAR_END;
	}

	public boolean isReopenable() {
		return rights.supervise() && !sheet.review().isOpen();
	}

	public boolean isOverdue() {
		return sheet.review().isOpen() && sheet.review().getDeadline().isBefore(today);
	}

	/** Cells of the grid still without a score. */
	public long getMissing() {
		return (long) members.size() * getCriteria().size() - members.stream()
			.mapToLong(member -> getCriteria().stream()
				.filter(criterion -> scores.containsKey(key(member.id(), criterion.getId())))
				.count())
			.sum();
	}

	/** The criteria in runs of the same group, for the grid's two-line header. */
	public List<CriterionGroup> getGroups() {
		List<CriterionGroup> groups = new ArrayList<>();
		for (Criterion criterion : getCriteria()) {
			if (!groups.isEmpty() && groups.getLast().name().equals(criterion.getGroupName())) {
				CriterionGroup last = groups.removeLast();
				groups.add(new CriterionGroup(last.name(), last.size() + 1));
			}
			else {
				groups.add(new CriterionGroup(criterion.getGroupName(), 1));
			}
		}
		return groups;
	}

	public @Nullable BigDecimal points(long unitId, long criterionId) {
		ReviewScore cell = scores.get(key(unitId, criterionId));
		return cell == null ? null : cell.getPoints();
	}

	public @Nullable ReviewScore score(long unitId, long criterionId) {
		return scores.get(key(unitId, criterionId));
	}

	public @Nullable SelfAssessment assessment(long unitId, long criterionId) {
		return assessments.get(key(unitId, criterionId));
	}

	/** The attainment a member reported on the movement target a criterion links to. */
	public @Nullable BigDecimal attainment(long unitId, long criterionId) {
		return attainments.getOrDefault(criterionId, Map.of()).get(unitId);
	}

	/**
	 * The heat map class of a member's score on a criterion: its share of the maximum,
	 * high, fair or low. Bonus and penalty items are not coloured.
	 */
	public String heat(long unitId, Criterion criterion) {
		BigDecimal points = points(unitId, criterion.getId());
		if (criterion.getKind() != CriterionKind.SCORED) {
			return "level-extra";
		}
		if (points == null) {
			return "level-none";
		}
		BigDecimal share = points.divide(criterion.getMaxPoints(), 4, RoundingMode.HALF_UP);
		if (share.compareTo(GOOD) >= 0) {
			return "level-ok";
		}
		return share.compareTo(FAIR) >= 0 ? "level-mid" : "level-low";
	}

	/** A cell of the leader's grid, as stored or as it came back from a save. */
	public ScoreCell cell(long unitId, long criterionId) {
		ScoreCell shown = shownCells.get(key(unitId, criterionId));
		if (shown != null) {
			return shown;
		}
		ReviewScore stored = scores.get(key(unitId, criterionId));
		Criterion criterion = criterion(criterionId);
		return new ScoreCell(sheet.review().getId(), unitId, units.get(unitId).name(), criterionId, criterion.getName(),
				criterion.getMaxPoints(), stored == null ? "" : VietnameseNumbers.formatForInput(stored.getPoints()),
				stored == null ? null : stored.getReason(), stored == null ? null : stored.getVersion(),
				assessment(unitId, criterionId), attainment(unitId, criterionId), null, false);
	}

	void show(ScoreCell cell) {
		shownCells.put(key(cell.unitId(), cell.criterionId()), cell);
	}

	/**
	 * Whether a posted cell says what is already stored, so saving it would change
	 * nothing.
	 */
	boolean unchanged(CellEntry entry) {
		ReviewScore stored = scores.get(key(entry.unitId(), entry.criterionId()));
		if (stored == null) {
			return entry.points().isEmpty();
		}
		return VietnameseNumbers.parse(entry.points())
			.map(points -> points.compareTo(stored.getPoints()) == 0
					&& Objects.equals(entry.reason(), blankToNull(stored.getReason())))
			.orElse(false);
	}

	public @Nullable UnitRow getOwnUnit() {
		return rights.member() ? units.get(ownUnitId) : null;
	}

	/**
	 * The rows of the user's own self-assessment form: the criteria with what is stored.
	 */
	public List<SelfRow> getSelfRows() {
		return getCriteria().stream()
			.map(criterion -> new SelfRow(criterion, assessment(ownUnitId, criterion.getId())))
			.toList();
	}

	/** Every member's self-assessment, in the grid's order, for the leader to check. */
	public List<SelfAssessment> getAssessments() {
		Map<Long, Integer> memberOrder = new HashMap<>();
		for (int i = 0; i < members.size(); i++) {
			memberOrder.put(members.get(i).id(), i);
		}
		return sheet.assessments()
			.stream()
			.filter(assessed -> memberOrder.containsKey(assessed.getUnitId()))
			.sorted(Comparator.comparing((SelfAssessment assessed) -> memberOrder.get(assessed.getUnitId()))
				.thenComparing(assessed -> criterion(assessed.getCriterionId()).getSortOrder()))
			.toList();
	}

	public List<RankingRow> getRanking() {
		return sheet.ranking()
			.stream()
			.map(member -> new RankingRow(member, units.get(member.unitId()), proposals(member.unitId()),
					List.copyOf(AwardOffers.offered(member, sheet.ranking(), proposals(member.unitId())))))
			.toList();
	}

	private List<ProposalKind> proposals(long unitId) {
		return sheet.proposals()
			.stream()
			.filter(proposal -> proposal.getUnitId() == unitId)
			.map(ReviewProposal::getKind)
			.sorted()
			.toList();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private static String key(long unitId, long criterionId) {
		return unitId + "-" + criterionId;
	}

	/** A run of criteria of one group. */
	record CriterionGroup(String name, int size) {

	}

	/**
	 * A member's place in the ranking, with its unit, what the leader proposed it for and
	 * what the ranking and the rules still let the leader propose it for.
	 */
	record RankingRow(RankedMember member, UnitRow unit, List<ProposalKind> proposals, List<ProposalKind> offered) {

	}

	/**
	 * A row of the self-assessment form: a criterion with the member's stored assessment,
	 * if any; what is typed travels in {@link SelfAssessmentForm}.
	 */
	record SelfRow(Criterion criterion, @Nullable SelfAssessment stored) {

	}

}
