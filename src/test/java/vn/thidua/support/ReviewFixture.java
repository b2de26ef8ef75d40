package vn.thidua.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterKind;
import vn.thidua.cluster.ClusterManagement;
import vn.thidua.cluster.ClusterYear;
import vn.thidua.cluster.CriterionDefinition;
import vn.thidua.cluster.CriterionKind;
import vn.thidua.cluster.ReviewPeriod;
import vn.thidua.cluster.ReviewWorkflow;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;

/**
 * A cluster of its own for a test, supervised by Trà Vinh and led by Châu Thành, with a
 * signed pact of three scored criteria (100 points), a bonus and a penalty item, and a
 * review open — so that tests leave the world's clusters as they are. Needs an officer's
 * security context, as the cluster services check the role.
 */
@Component
public class ReviewFixture {

	public static final String OFFICER = "officer.tv";

	public static final String LEADER_UNIT = "TV-CT";

	public static final int YEAR = 2025;

	private static final List<CriterionDefinition> TABLE = List.of(
			scored("I. Thực hiện nhiệm vụ chính trị", "Hoàn thành chỉ tiêu tổng giá trị sản xuất", 30),
			scored("I. Thực hiện nhiệm vụ chính trị", "Giảm nghèo, bảo đảm an sinh xã hội", 20),
			scored("II. Công tác thi đua, khen thưởng", "Tổ chức phong trào thi đua, nhân rộng điển hình", 50),
			new CriterionDefinition("III. Điểm thưởng", "Mô hình mới, cách làm hay", CriterionKind.BONUS,
					BigDecimal.valueOf(5), "Mỗi mô hình 1 điểm, tối đa 5 điểm.", null),
			new CriterionDefinition("IV. Điểm trừ", "Chậm gửi báo cáo", CriterionKind.PENALTY, BigDecimal.valueOf(5),
					"Mỗi lần chậm trừ 1 điểm, tối đa 5 điểm.", null));

	private final ClusterManagement clusters;

	private final ReviewWorkflow workflow;

	private final WorldUsers users;

	private final UnitCatalog units;

	ReviewFixture(ClusterManagement clusters, ReviewWorkflow workflow, WorldUsers users, UnitCatalog units) {
		this.clusters = clusters;
		this.workflow = workflow;
		this.users = users;
		this.units = units;
	}

	/**
	 * Opens a review of a new cluster whose members are the units of these codes, the
	 * first scored criterion worth 30 points, the second 20, the third 50, then a bonus
	 * and a penalty item of 5.
	 */
	public OpenReview open(ReviewPeriod period, String... memberCodes) {
		return open(period, LocalDate.of(YEAR, 12, 15), memberCodes);
	}

	public OpenReview open(ReviewPeriod period, LocalDate deadline, String... memberCodes) {
		CurrentUser officer = users.current(OFFICER);
		Map<String, Long> members = new LinkedHashMap<>();
		for (String code : memberCodes) {
			members.put(code, units.findActiveByCode(code).orElseThrow().id());
		}
		Cluster cluster = clusters.create("T-REV-" + Long.toString(System.nanoTime(), 36),
				"Cụm thử chấm điểm " + System.nanoTime(), ClusterKind.CLUSTER,
				units.findActiveByCode("TV").orElseThrow().id(), null, officer);
		ClusterYear year = clusters.openYear(cluster.getId(), YEAR, Set.copyOf(members.values()),
				members.get(LEADER_UNIT), null, officer);
		List<Long> criteria = new ArrayList<>();
		for (CriterionDefinition definition : TABLE) {
			long version = clusters.year(cluster.getId(), YEAR, officer).getVersion();
			criteria.add(clusters.addCriterion(year.getId(), version, definition, officer).getId());
		}
		clusters.sign(year.getId(), clusters.year(cluster.getId(), YEAR, officer).getVersion(),
				LocalDate.of(YEAR, 1, 15), "01/GƯTĐ-THU", null, officer);
		long reviewId = workflow.open(year.getId(), period, deadline, officer).getId();
		return new OpenReview(reviewId, cluster.getId(), members, criteria);
	}

	private static CriterionDefinition scored(String group, String name, int max) {
		return new CriterionDefinition(group, name, CriterionKind.SCORED, BigDecimal.valueOf(max), null, null);
	}

	/**
	 * The ids of an opened review, its members by code and its criteria in the table's
	 * order.
	 */
	public record OpenReview(long reviewId, long clusterId, Map<String, Long> members, List<Long> criteria) {

		public long unit(String code) {
			return members.get(code);
		}

		public long criterion(int number) {
			return criteria.get(number - 1);
		}

		/** Points for every criterion, in the table's order. */
		public Map<Long, BigDecimal> points(double... values) {
			Map<Long, BigDecimal> points = new LinkedHashMap<>();
			for (int i = 0; i < values.length; i++) {
				points.put(criteria.get(i), BigDecimal.valueOf(values[i]));
			}
			return points;
		}

		public Set<Long> memberIds() {
			return members.values().stream().collect(Collectors.toSet());
		}

	}

}
