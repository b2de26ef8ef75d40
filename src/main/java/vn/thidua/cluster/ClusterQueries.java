package vn.thidua.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Reads clusters for lists, a cluster's years and reviews, and a member's history.
 */
@Service
@Transactional(readOnly = true)
public class ClusterQueries {

	private static final String VISIBLE = """
			exists (select 1 from unit me, unit su where me.id = :me and su.id = c.supervising_unit_id
			        and (exists (select 1 from unit_scope(me.id) scope_roots(root_path) where unit_in_subtree(su.path, root_path)) or unit_in_subtree(me.path, su.path)))
			""";

	private final JdbcClient jdbc;

	private final ClusterYears years;

	private final Reviews reviews;

	private final ReviewScores scores;

	private final ReviewProposals proposals;

	private final Clusters clusters;

	private final UnitCatalog units;

	ClusterQueries(JdbcClient jdbc, ClusterYears years, Reviews reviews, ReviewScores scores, ReviewProposals proposals,
			Clusters clusters, UnitCatalog units) {
		this.jdbc = jdbc;
		this.years = years;
		this.reviews = reviews;
		this.scores = scores;
		this.proposals = proposals;
		this.clusters = clusters;
		this.units = units;
	}

	public Page<ClusterRow> list(CurrentUser user, Pageable pageable) {
		List<ClusterRow> rows = jdbc
			.sql("""
					select c.id, c.code, c.name, c.kind, su.name as supervising_unit_name, y.year as latest_year,
					       lu.name as leader_name,
					       (select count(*) from cluster_member m where m.cluster_year_id = y.id) as member_count
					from cluster c
					join unit su on su.id = c.supervising_unit_id
					left join lateral (select * from cluster_year cy where cy.cluster_id = c.id order by cy.year desc limit 1) y on true
					left join unit lu on lu.id = y.leader_unit_id
					"""
					+ "where " + VISIBLE + " order by su.name, c.name limit :limit offset :offset")
			.param("me", user.unitId())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(ClusterRow.class)
			.list();
		long total = jdbc.sql("select count(*) from cluster c where " + VISIBLE)
			.param("me", user.unitId())
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, pageable, total);
	}

	public List<ClusterYear> years(Cluster cluster) {
		return years.findByClusterIdOrderByYearDesc(cluster.getId()).stream().map(ClusterYear::loaded).toList();
	}

	public List<Review> reviews(ClusterYear year) {
		return reviews.findByClusterYearIdOrderByPeriod(year.getId());
	}

	/**
	 * The units named in a set of years, by id, for showing names.
	 */
	public Map<Long, UnitRow> unitsOf(List<ClusterYear> clusterYears) {
		List<Long> ids = clusterYears.stream()
			.flatMap(year -> year.getMembers().stream())
			.distinct()
			.collect(Collectors.toCollection(ArrayList::new));
		return units.findAll(ids).stream().collect(Collectors.toMap(UnitRow::id, Function.identity()));
	}

	/**
	 * The years in which each of these units ranked first (alone or tied) in its
	 * cluster's finalised year-end review: what the emulation-flag rules read.
	 */
	public Map<Long, Set<Integer>> yearsLed(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		List<Long> yearIds = jdbc.sql("""
				select distinct cy.id from cluster_year cy
				join cluster_member m on m.cluster_year_id = cy.id
				join review r on r.cluster_year_id = cy.id
				where m.unit_id in (:units) and r.period = 'YEAR_END' and r.status = 'FINALISED'
				""").param("units", unitIds).query(Long.class).list();
		Map<Long, Set<Integer>> led = new HashMap<>();
		rankings(years.findByIds(ids(yearIds))).forEach((review, ranking) -> ranking.ranking()
			.stream()
			.filter(member -> review.getPeriod() == ReviewPeriod.YEAR_END && member.rank() == 1
					&& unitIds.contains(member.unitId()))
			.forEach(member -> led.computeIfAbsent(member.unitId(), unit -> new TreeSet<>())
				.add(ranking.year().getYear())));
		return led;
	}

	/**
	 * The finalised year-end reviews of a year that propose units for awards, in the
	 * clusters a unit can see (supervised at, above or below it), by cluster name: what
	 * an award proposal of that unit draws from. A fixed number of queries, however many
	 * clusters.
	 */
	public List<YearEndResult> yearEndProposals(int year, long unitId) {
		List<Long> yearIds = jdbc.sql("""
				select cy.id from cluster c
				join cluster_year cy on cy.cluster_id = c.id
				join review r on r.cluster_year_id = cy.id and r.period = 'YEAR_END' and r.status = 'FINALISED'
				where cy.year = :year and exists (select 1 from review_proposal rp where rp.review_id = r.id) and
				""" + VISIBLE).param("year", year).param("me", unitId).query(Long.class).list();
		if (yearIds.isEmpty()) {
			return List.of();
		}
		Map<Review, YearRanking> rankings = rankings(years.findByIds(ids(yearIds)));
		rankings.keySet().removeIf(review -> review.getPeriod() != ReviewPeriod.YEAR_END);
		Map<Long, List<ReviewProposal>> proposed = proposals
			.findByReviews(ids(rankings.keySet().stream().map(Review::getId).toList()))
			.stream()
			.collect(Collectors.groupingBy(ReviewProposal::getReviewId));
		Map<Long, Cluster> byId = clusters
			.findByIds(ids(rankings.values().stream().map(ranking -> ranking.year().getClusterId()).toList()))
			.stream()
			.collect(Collectors.toMap(Cluster::getId, Function.identity()));
		List<YearEndResult> results = new ArrayList<>();
		rankings.forEach((review, ranking) -> {
			Cluster cluster = byId.get(ranking.year().getClusterId());
			Map<Long, RankedMember> places = ranking.ranking()
				.stream()
				.collect(Collectors.toMap(RankedMember::unitId, Function.identity()));
			results.add(new YearEndResult(review.getId(), cluster.getId(), cluster.getCode(), cluster.getName(), year,
					ranking.year().getMembers().size(),
					proposed.getOrDefault(review.getId(), List.of())
						.stream()
						.map(proposal -> new YearEndResult.Proposed(proposal.getUnitId(), proposal.getKind(),
								places.get(proposal.getUnitId())))
						.toList()));
		});
		results.sort(Comparator.comparing(YearEndResult::clusterName).thenComparing(YearEndResult::reviewId));
		return results;
	}

	/**
	 * A member's total, rank and classification in every finalised review of the cluster,
	 * oldest first.
	 */
	public List<MemberResult> history(Cluster cluster, long unitId) {
		List<ClusterYear> memberYears = years(cluster).stream().filter(year -> year.isMember(unitId)).toList();
		List<MemberResult> results = new ArrayList<>();
		rankings(memberYears).forEach(
				(review, ranking) -> ranking.ranking()
					.stream()
					.filter(member -> member.unitId() == unitId)
					.findFirst()
					.ifPresent(member -> results.add(new MemberResult(ranking.year().getYear(), review.getPeriod(),
							review.getId(), member.total(), member.rank(), ranking.year().getMembers().size(),
							member.classification()))));
		results.sort(Comparator.comparingInt(MemberResult::year).thenComparing(MemberResult::period));
		return results;
	}

	/**
	 * The clusters and blocks a unit can see in a year (supervised at, above or below
	 * it), by name, with their members, leader and year-end winners.
	 */
	public List<ClusterStanding> standings(int year, long unitId) {
		List<Long> yearIds = jdbc
			.sql("select cy.id from cluster c join cluster_year cy on cy.cluster_id = c.id where cy.year = :year and "
					+ VISIBLE)
			.param("year", year)
			.param("me", unitId)
			.query(Long.class)
			.list();
		List<ClusterYear> found = yearIds.isEmpty() ? List.of() : years.findWithMembers(ids(yearIds));
		Map<Long, List<Long>> first = new HashMap<>();
		rankings(found).forEach((review, ranking) -> {
			if (review.getPeriod() == ReviewPeriod.YEAR_END) {
				first.put(ranking.year().getId(),
						ranking.ranking().stream().filter(m -> m.rank() == 1).map(RankedMember::unitId).toList());
			}
		});
		Map<Long, Cluster> byId = clusters.findByIds(ids(found.stream().map(ClusterYear::getClusterId).toList()))
			.stream()
			.collect(Collectors.toMap(Cluster::getId, Function.identity()));
		return found.stream().map(y -> {
			Cluster c = byId.get(y.getClusterId());
			return new ClusterStanding(c.getId(), c.getCode(), c.getName(), c.getKind(), Set.copyOf(y.getMembers()),
					y.getLeaderUnitId(), first.getOrDefault(y.getId(), List.of()));
		}).sorted(Comparator.comparing(ClusterStanding::name)).toList();
	}

	private record YearRanking(ClusterYear year, List<RankedMember> ranking) {
	}

	/**
	 * The ranking of every finalised review of these years, reading all their scores in
	 * one query.
	 */
	private Map<Review, YearRanking> rankings(Collection<ClusterYear> clusterYears) {
		Map<Long, ClusterYear> byId = clusterYears.stream()
			.collect(Collectors.toMap(ClusterYear::getId, Function.identity()));
		List<Review> finalised = byId.isEmpty() ? List.of()
				: reviews.findByYearsAndStatus(ids(byId.keySet()), ReviewStatus.FINALISED);
		Map<Long, List<ReviewScore>> scored = finalised.isEmpty() ? Map.of()
				: scores.findByReviews(ids(finalised.stream().map(Review::getId).toList()))
					.stream()
					.collect(Collectors.groupingBy(ReviewScore::getReviewId));
		Map<Review, YearRanking> rankings = new LinkedHashMap<>();
		for (Review review : finalised) {
			ClusterYear year = byId.get(review.getClusterYearId()).loaded();
			rankings.put(review, new YearRanking(year,
					ReviewWorkflow.ranking(year, scored.getOrDefault(review.getId(), List.of()))));
		}
		return rankings;
	}

	/** Ids bound as one array value, so that Hibernate keeps the query's plan. */
	private static Long[] ids(Collection<Long> ids) {
		return ids.toArray(Long[]::new);
	}

}
