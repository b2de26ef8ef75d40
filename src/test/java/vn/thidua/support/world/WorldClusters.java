package vn.thidua.support.world;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterKind;
import vn.thidua.cluster.ClusterManagement;
import vn.thidua.cluster.ClusterYear;
import vn.thidua.cluster.Criterion;
import vn.thidua.cluster.CriterionDefinition;
import vn.thidua.cluster.CriterionKind;
import vn.thidua.cluster.ProposalKind;
import vn.thidua.cluster.Review;
import vn.thidua.cluster.ReviewPeriod;
import vn.thidua.cluster.ReviewWorkflow;
import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.TargetChoice;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * Cụm Thi đua số 1 of Trà Vinh as seed 002 tells it: five districts, Châu Thành leading
 * and thị xã Duyên Hải deputy, the 2023 pact, the mid-year review and the year-end one
 * with its proposals; and the current year with its pact signed and its year-end review
 * open.
 */
class WorldClusters {

	private static final List<String> MEMBERS = List.of("TV-CT", "TV-CN", "TV-DH", "TV-TXDH", "TV-TC");

	private static final List<CriterionDefinition> TABLE = List.of(
			scored("I. Thực hiện nhiệm vụ chính trị, phát triển kinh tế – xã hội",
					"Hoàn thành chỉ tiêu tổng giá trị sản xuất", 30),
			scored("I. Thực hiện nhiệm vụ chính trị, phát triển kinh tế – xã hội",
					"Xây dựng nông thôn mới, đô thị văn minh", 20),
			scored("I. Thực hiện nhiệm vụ chính trị, phát triển kinh tế – xã hội", "Giảm nghèo, bảo đảm an sinh xã hội",
					15),
			scored("II. Công tác thi đua, khen thưởng", "Tổ chức phong trào thi đua, nhân rộng điển hình tiên tiến",
					20),
			scored("II. Công tác thi đua, khen thưởng", "Chấp hành chế độ thông tin, báo cáo", 15),
			new CriterionDefinition("III. Điểm thưởng", "Mô hình mới, cách làm hay được tỉnh công nhận",
					CriterionKind.BONUS, BigDecimal.valueOf(5), "Mỗi mô hình 1 điểm, tối đa 5 điểm.", null),
			new CriterionDefinition("IV. Điểm trừ", "Chậm gửi báo cáo, hồ sơ thi đua", CriterionKind.PENALTY,
					BigDecimal.valueOf(5), "Mỗi lần chậm trừ 1 điểm, tối đa 5 điểm.", null));

	/** Points per member in the order of the table, as the leader scored them. */
	private static final Map<String, int[]> SCORES = Map.of("TV-CT", new int[] { 28, 18, 14, 19, 14, 3, 0 }, "TV-CN",
			new int[] { 26, 19, 13, 18, 15, 2, 0 }, "TV-DH", new int[] { 27, 18, 13, 18, 14, 2, 1 }, "TV-TXDH",
			new int[] { 28, 17, 14, 19, 14, 3, 0 }, "TV-TC", new int[] { 22, 15, 11, 17, 12, 0, 2 });

	private final ClusterManagement clusters;

	private final ReviewWorkflow reviews;

	private final MovementQueries movements;

	private final Clock clock;

	WorldClusters(ClusterManagement clusters, ReviewWorkflow reviews, MovementQueries movements, Clock clock) {
		this.clusters = clusters;
		this.reviews = reviews;
		this.movements = movements;
		this.clock = clock;
	}

	void seed(Map<String, Long> units, CurrentUser system) {
		Cluster cluster = clusters.create("TV-CTD1", "Cụm Thi đua số 1", ClusterKind.CLUSTER, units.get("TV"),
				"Các huyện, thị xã Châu Thành, Cầu Ngang, Duyên Hải, thị xã Duyên Hải và Trà Cú.", system);
		Set<Long> members = MEMBERS.stream().map(units::get).collect(Collectors.toSet());
		CurrentUser leader = new CurrentUser(0, "demo.tv-ct", "Cụm trưởng", units.get("TV-CT"),
				Set.of(Role.CLUSTER_LEADER));

		ClusterYear past = year(cluster, 2023, members, units, system, LocalDate.of(2023, 2, 15));
		Review midYear = scoredReview(past, ReviewPeriod.MID_YEAR, LocalDate.of(2023, 7, 31), units, leader, system);
		reviews.finalise(midYear.getId(), midYear.getVersion(), true, leader);
		Review yearEnd = scoredReview(past, ReviewPeriod.YEAR_END, LocalDate.of(2024, 1, 15), units, leader, system);
		Review finalised = reviews.finalise(yearEnd.getId(), yearEnd.getVersion(), true, leader);
		reviews.propose(finalised.getId(), units.get("TV-CT"), ProposalKind.EMULATION_FLAG, leader);
		reviews.propose(finalised.getId(), units.get("TV-TXDH"), ProposalKind.CERTIFICATE_OF_MERIT, leader);

		ClusterYear current = year(cluster, 2026, members, units, system, LocalDate.of(2026, 1, 20));
		Review currentMidYear = scoredReview(current, ReviewPeriod.MID_YEAR, LocalDate.of(2026, 7, 31), units, leader,
				system);
		reviews.finalise(currentMidYear.getId(), currentMidYear.getVersion(), true, leader);
		Review open = reviews.open(current.getId(), ReviewPeriod.YEAR_END, LocalDate.now(clock).plusDays(10), system);
		long txdh = units.get("TV-TXDH");
		CurrentUser txdhOfficer = new CurrentUser(0, "demo.tv-txdh", "Cán bộ thị xã Duyên Hải", txdh,
				Set.of(Role.OFFICER));
		Map<Long, BigDecimal> own = current.getCriteria()
			.stream()
			.collect(Collectors.toMap(Criterion::getId, criterion -> points("TV-TXDH", criterion)));
		reviews.selfAssess(open.getId(), txdh, own, Map.of(), txdhOfficer);
	}

	private ClusterYear year(Cluster cluster, int year, Set<Long> members, Map<String, Long> units, CurrentUser system,
			LocalDate signedOn) {
		ClusterYear opened = clusters.openYear(cluster.getId(), year, members, units.get("TV-CT"), units.get("TV-TXDH"),
				system);
		Long production = movements.targetsLaunchedBy(units.get("TV"))
			.stream()
			.filter(target -> target.targetName().equals("Tổng giá trị sản xuất"))
			.map(TargetChoice::id)
			.findFirst()
			.orElse(null);
		for (CriterionDefinition definition : TABLE) {
			ClusterYear fresh = clusters.year(cluster.getId(), year, system);
			CriterionDefinition linked = definition == TABLE.getFirst()
					? new CriterionDefinition(definition.groupName(), definition.name(), definition.kind(),
							definition.maxPoints(), "Điểm theo mức hoàn thành kế hoạch năm của phong trào.", production)
					: definition;
			clusters.addCriterion(opened.getId(), fresh.getVersion(), linked, system);
		}
		ClusterYear filled = clusters.year(cluster.getId(), year, system);
		clusters.sign(opened.getId(), filled.getVersion(), signedOn,
				String.format("%02d/GƯTĐ-CTĐ1", signedOn.getMonthValue()), null, system);
		return clusters.year(cluster.getId(), year, system);
	}

	private Review scoredReview(ClusterYear year, ReviewPeriod period, LocalDate deadline, Map<String, Long> units,
			CurrentUser leader, CurrentUser system) {
		Review review = reviews.open(year.getId(), period, deadline, system);
		for (String member : MEMBERS) {
			for (Criterion criterion : year.getCriteria()) {
				reviews.score(review.getId(), units.get(member), criterion.getId(), points(member, criterion), null,
						null, leader);
			}
		}
		return review;
	}

	private static BigDecimal points(String member, Criterion criterion) {
		return BigDecimal.valueOf(SCORES.get(member)[criterion.getSortOrder() - 1]);
	}

	private static CriterionDefinition scored(String group, String name, int max) {
		return new CriterionDefinition(group, name, CriterionKind.SCORED, BigDecimal.valueOf(max), null, null);
	}

}
