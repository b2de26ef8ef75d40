package vn.thidua.cluster;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;

/**
 * The reviews of a cluster's year: members assess themselves, the year's leader scores
 * every member on every criterion and finalises, a supervising officer may reopen, and
 * from the year-end ranking the leader proposes units for the flag and certificates.
 */
@Service
@Transactional
public class ReviewWorkflow {

	private final Clusters clusters;

	private final ClusterYears years;

	private final Reviews reviews;

	private final ReviewScores scores;

	private final SelfAssessments assessments;

	private final ReviewProposals proposals;

	private final ClusterAccess access;

	private final Clock clock;

	ReviewWorkflow(Clusters clusters, ClusterYears years, Reviews reviews, ReviewScores scores,
			SelfAssessments assessments, ReviewProposals proposals, ClusterAccess access, Clock clock) {
		this.clusters = clusters;
		this.years = years;
		this.reviews = reviews;
		this.scores = scores;
		this.assessments = assessments;
		this.proposals = proposals;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Opens a review of a year whose pact is signed, with its deadline.
	 */
	public Review open(long clusterYearId, ReviewPeriod period, LocalDate deadline, CurrentUser user) {
		ClusterYear year = years.findById(clusterYearId)
			.orElseThrow(() -> new NotFoundException("clusterYear", clusterYearId));
		requireSupervisor(year, user);
		if (year.getPactStatus() != PactStatus.SIGNED) {
			throw new BusinessRuleViolation("review.pactNotSigned");
		}
		if (reviews.findByClusterYearIdAndPeriod(clusterYearId, period).isPresent()) {
			throw new BusinessRuleViolation("review.exists");
		}
		return reviews.save(new Review(clusterYearId, period, deadline));
	}

	@Transactional(readOnly = true)
	public ReviewSheet sheet(long reviewId, CurrentUser user) {
		Review review = review(reviewId);
		ClusterYear year = years.findById(review.getClusterYearId()).orElseThrow().loaded();
		Cluster cluster = clusters.findById(year.getClusterId()).orElseThrow();
		access.requireVisible(cluster, user);
		List<ReviewScore> scored = scores.findByReviewId(reviewId);
		List<SelfAssessment> assessed = assessments.findByReviewId(reviewId);
		return new ReviewSheet(cluster, year, review, scored, assessed, proposals.findByReviewId(reviewId),
				ranking(year, scored));
	}

	/**
	 * Saves a member's self-assessment: points per criterion with evidence. Nothing is
	 * saved when one value is out of range.
	 */
	public void selfAssess(long reviewId, long unitId, Map<Long, BigDecimal> points, Map<Long, String> evidence,
			CurrentUser user) {
		Review review = sharing(reviewId);
		ClusterYear year = years.findById(review.getClusterYearId()).orElseThrow();
		if (!access.speaksFor(year, unitId, user)) {
			throw new AccessDeniedException("Members assess only themselves");
		}
		review.requireOpen();
		points.forEach((criterionId, value) -> year.criterion(criterionId).check(value));
		points.forEach(
				(criterionId, value) -> assessments.findByReviewIdAndUnitIdAndCriterionId(reviewId, unitId, criterionId)
					.ifPresentOrElse(existing -> existing.assess(value, evidence.get(criterionId)), () -> assessments
						.save(new SelfAssessment(reviewId, unitId, criterionId, value, evidence.get(criterionId)))));
	}

	/**
	 * The leader returns one self-assessed criterion to its member for correction.
	 */
	public void returnSelfAssessment(long reviewId, long unitId, long criterionId, String reason, CurrentUser user) {
		Review review = sharing(reviewId);
		requireLeader(review, user);
		review.requireOpen();
		assessments.findByReviewIdAndUnitIdAndCriterionId(reviewId, unitId, criterionId)
			.orElseThrow(() -> new NotFoundException("selfAssessment", criterionId))
			.giveBack(reason);
	}

	/**
	 * Saves one cell of the leader's grid. {@code version} is the cell's version as the
	 * leader last saw it (null for an empty cell): if someone saved it since, nothing is
	 * saved and the caller is told.
	 */
	public ReviewScore score(long reviewId, long unitId, long criterionId, BigDecimal points, @Nullable String reason,
			@Nullable Long version, CurrentUser user) {
		Review review = sharing(reviewId);
		ClusterYear year = requireLeader(review, user);
		review.requireOpen();
		if (!year.isMember(unitId)) {
			throw new NotFoundException("member", unitId);
		}
		year.criterion(criterionId).check(points);
		ReviewScore cell = scores.findByReviewIdAndUnitIdAndCriterionId(reviewId, unitId, criterionId)
			.orElseGet(() -> new ReviewScore(reviewId, unitId, criterionId));
		if (cell.getVersion() == null ? version != null : !cell.getVersion().equals(version)) {
			throw new StaleEditException("score", unitId + "/" + criterionId);
		}
		boolean differs = assessments.findByReviewIdAndUnitIdAndCriterionId(reviewId, unitId, criterionId)
			.map(assessed -> assessed.getPoints().compareTo(points) != 0)
			.orElse(false);
		if (differs && (reason == null || reason.isBlank())) {
			throw new BusinessRuleViolation("score.reasonRequired");
		}
		cell.score(points, reason, user.username(), clock.instant());
		return scores.saveAndFlush(cell);
	}

	/**
	 * Locks the review once every member has a score on every criterion and the leader
	 * confirmed it; unconfirmed, nothing changes.
	 */
	public Review finalise(long reviewId, long version, boolean confirmed, CurrentUser user) {
		Review review = alone(reviewId);
		ClusterYear year = requireLeader(review, user);
		StaleEditException.check("review", reviewId, version, review.getVersion());
		long expected = (long) year.getMembers().size() * year.getCriteria().size();
		long present = scores.findByReviewId(reviewId).stream().filter(cell -> year.isMember(cell.getUnitId())).count();
		review.finalise(expected - present, confirmed, user.username(), clock.instant());
		return review;
	}

	/**
	 * Reopens a finalised review: an act of the supervising officer, kept in the audit
	 * log.
	 */
	public Review reopen(long reviewId, long version, CurrentUser user) {
		Review review = alone(reviewId);
		requireSupervisor(years.findById(review.getClusterYearId()).orElseThrow(), user);
		StaleEditException.check("review", reviewId, version, review.getVersion());
		review.reopen();
		return review;
	}

	/**
	 * Proposes a member from the finalised year-end ranking for the emulation flag or a
	 * certificate of merit, as far as {@link AwardOffers} allows.
	 */
	public ReviewProposal propose(long reviewId, long unitId, ProposalKind kind, CurrentUser user) {
		Review review = alone(reviewId);
		ClusterYear year = requireLeader(review, user);
		if (review.getPeriod() != ReviewPeriod.YEAR_END || review.isOpen()) {
			throw new BusinessRuleViolation("proposal.needsFinalYearEnd");
		}
		if (!year.isMember(unitId)) {
			throw new NotFoundException("member", unitId);
		}
		List<RankedMember> ranking = ranking(year, scores.findByReviewId(reviewId));
		RankedMember member = ranking.stream()
			.filter(ranked -> ranked.unitId() == unitId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("member", unitId));
		List<ProposalKind> proposed = proposals.findByReviewId(reviewId)
			.stream()
			.filter(proposal -> proposal.getUnitId() == unitId)
			.map(ReviewProposal::getKind)
			.toList();
		AwardOffers.check(member, ranking, proposed, kind);
		return proposals.save(new ReviewProposal(reviewId, unitId, kind, user.username(), clock.instant()));
	}

	static List<RankedMember> ranking(ClusterYear year, List<ReviewScore> scored) {
		Map<Long, Map<Long, BigDecimal>> points = new HashMap<>();
		scored.forEach(cell -> points.computeIfAbsent(cell.getUnitId(), unit -> new HashMap<>())
			.put(cell.getCriterionId(), cell.getPoints()));
		return Ranking.of(year.getCriteria(), year.thresholds(), year.getMembers(), points);
	}

	private Review review(long reviewId) {
		return reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("review", reviewId));
	}

	private Review sharing(long reviewId) {
		return reviews.findSharing(reviewId).orElseThrow(() -> new NotFoundException("review", reviewId));
	}

	private Review alone(long reviewId) {
		return reviews.findAlone(reviewId).orElseThrow(() -> new NotFoundException("review", reviewId));
	}

	private ClusterYear requireLeader(Review review, CurrentUser user) {
		ClusterYear year = years.findById(review.getClusterYearId()).orElseThrow();
		access.requireVisible(clusters.findById(year.getClusterId()).orElseThrow(), user);
		if (!access.leads(year, user)) {
			throw new AccessDeniedException("Only the year's leader scores");
		}
		return year;
	}

	private void requireSupervisor(ClusterYear year, CurrentUser user) {
		Cluster cluster = clusters.findById(year.getClusterId()).orElseThrow();
		access.requireVisible(cluster, user);
		if (!access.supervises(cluster, user)) {
			throw new AccessDeniedException("Only supervising officers");
		}
	}

}
