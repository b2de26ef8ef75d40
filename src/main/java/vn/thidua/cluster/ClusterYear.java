package vn.thidua.cluster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;

/**
 * A cluster's year: its members, leader and deputy (which rotate), and its pact — the
 * criteria table, frozen once the pact is signed.
 */
@Entity
public class ClusterYear {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long clusterId;

	private int year;

	private long leaderUnitId;

	private @Nullable Long deputyUnitId;

	@ElementCollection
	@CollectionTable(name = "cluster_member", joinColumns = @JoinColumn(name = "cluster_year_id"))
	@Column(name = "unit_id")
	private Set<Long> members = new HashSet<>();

	@Enumerated(EnumType.STRING)
	private PactStatus pactStatus;

	private @Nullable LocalDate signedOn;

	private @Nullable String pactDocumentNumber;

	private @Nullable Long pactAttachmentId;

	private BigDecimal excellentFrom;

	private BigDecimal goodFrom;

	private BigDecimal fairFrom;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "cluster_year_id", nullable = false)
	@OrderBy("sortOrder")
	private List<Criterion> criteria = new ArrayList<>();

	@Version
	@Column(nullable = false)
	private Long version;

	protected ClusterYear() {
	}

	ClusterYear(long clusterId, int year, Set<Long> members, long leaderUnitId, @Nullable Long deputyUnitId) {
		this.clusterId = clusterId;
		this.year = year;
		this.pactStatus = PactStatus.DRAFT;
		thresholds(Thresholds.standard());
		organise(members, leaderUnitId, deputyUnitId);
	}

	/**
	 * Sets the year's members, leader and deputy; the leader and deputy are members and
	 * differ.
	 */
	void organise(Set<Long> members, long leaderUnitId, @Nullable Long deputyUnitId) {
		requireDraft();
		if (members.size() < 2) {
			throw new BusinessRuleViolation("clusterYear.members.tooFew");
		}
		if (!members.contains(leaderUnitId) || (deputyUnitId != null && !members.contains(deputyUnitId))) {
			throw new BusinessRuleViolation("clusterYear.leader.notMember");
		}
		if (deputyUnitId != null && deputyUnitId == leaderUnitId) {
			throw new BusinessRuleViolation("clusterYear.deputy.sameAsLeader");
		}
		this.members.clear();
		this.members.addAll(members);
		this.leaderUnitId = leaderUnitId;
		this.deputyUnitId = deputyUnitId;
	}

	void thresholds(Thresholds thresholds) {
		requireDraft();
		this.excellentFrom = thresholds.excellentFrom();
		this.goodFrom = thresholds.goodFrom();
		this.fairFrom = thresholds.fairFrom();
	}

	Criterion addCriterion(CriterionDefinition definition) {
		requireDraft();
		Criterion criterion = new Criterion(criteria.size() + 1, definition);
		criteria.add(criterion);
		return criterion;
	}

	void changeCriterion(long criterionId, CriterionDefinition definition) {
		requireDraft();
		criterion(criterionId).define(definition);
	}

	void removeCriterion(long criterionId) {
		requireDraft();
		criteria.remove(criterion(criterionId));
		IntStream.range(0, criteria.size()).forEach(i -> criteria.get(i).reorder(i + 1));
	}

	/**
	 * Copies last year's criteria table into this draft, replacing what it held.
	 */
	void copyCriteriaFrom(ClusterYear previous) {
		requireDraft();
		criteria.clear();
		previous.getCriteria().forEach(criterion -> addCriterion(criterion.definition()));
		thresholds(previous.thresholds());
	}

	/**
	 * Signs the pact: from then on the members and criteria table are frozen.
	 */
	void sign(LocalDate on, String documentNumber, @Nullable Long attachmentId) {
		requireDraft();
		if (criteria.stream().noneMatch(criterion -> criterion.getKind() == CriterionKind.SCORED)) {
			throw new BusinessRuleViolation("pact.sign.noCriteria");
		}
		if (on.getYear() != year && on.getYear() != year - 1) {
			throw new BusinessRuleViolation("pact.sign.wrongYear", year);
		}
		this.pactStatus = PactStatus.SIGNED;
		this.signedOn = on;
		this.pactDocumentNumber = documentNumber;
		this.pactAttachmentId = attachmentId;
	}

	private void requireDraft() {
		if (pactStatus == PactStatus.SIGNED) {
			throw new BusinessRuleViolation("pact.signed");
		}
	}

	public Criterion criterion(long criterionId) {
		return criteria.stream()
			.filter(criterion -> criterion.getId() == criterionId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("criterion", criterionId));
	}

	public boolean isMember(long unitId) {
		return members.contains(unitId);
	}

	public Thresholds thresholds() {
		return new Thresholds(excellentFrom, goodFrom, fairFrom);
	}

	ClusterYear loaded() {
		Hibernate.initialize(members);
		Hibernate.initialize(criteria);
		return this;
	}

	public Long getId() {
		return id;
	}

	public long getClusterId() {
		return clusterId;
	}

	public int getYear() {
		return year;
	}

	public long getLeaderUnitId() {
		return leaderUnitId;
	}

	public @Nullable Long getDeputyUnitId() {
		return deputyUnitId;
	}

	public Set<Long> getMembers() {
		return Collections.unmodifiableSet(members);
	}

	public PactStatus getPactStatus() {
		return pactStatus;
	}

	public @Nullable LocalDate getSignedOn() {
		return signedOn;
	}

	public @Nullable String getPactDocumentNumber() {
		return pactDocumentNumber;
	}

	public @Nullable Long getPactAttachmentId() {
		return pactAttachmentId;
	}

	public List<Criterion> getCriteria() {
		return Collections.unmodifiableList(criteria);
	}

	public Long getVersion() {
		return version;
	}

}
