package vn.thidua.cluster;

import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.thidua.attachment.AttachmentStore;
import vn.thidua.attachment.FileType;
import vn.thidua.movement.MovementQueries;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Sets up clusters and their years: members, leader and deputy, and the pact with its
 * criteria table. Only officers at or above the supervising unit change them; a signed
 * pact is frozen.
 */
@Service
@Transactional
public class ClusterManagement {

	private final Clusters clusters;

	private final ClusterYears years;

	private final ClusterAccess access;

	private final UnitCatalog units;

	private final AttachmentStore documents;

	private final MovementQueries movements;

	private final EntityManager entityManager;

	ClusterManagement(Clusters clusters, ClusterYears years, ClusterAccess access, UnitCatalog units,
			AttachmentStore documents, MovementQueries movements, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.clusters = clusters;
		this.years = years;
		this.access = access;
		this.units = units;
		this.documents = documents;
		this.movements = movements;
	}

	@Transactional(readOnly = true)
	public Cluster show(long id, CurrentUser user) {
		Cluster cluster = clusters.findById(id).orElseThrow(() -> new NotFoundException("cluster", id));
		access.requireVisible(cluster, user);
		return cluster;
	}

	@Transactional(readOnly = true)
	public ClusterYear year(long clusterId, int year, CurrentUser user) {
		show(clusterId, user);
		return years.findByClusterIdAndYear(clusterId, year)
			.orElseThrow(() -> new NotFoundException("clusterYear", clusterId + "/" + year))
			.loaded();
	}

	@Transactional(readOnly = true)
	public ClusterRights rights(Cluster cluster, @Nullable ClusterYear year, CurrentUser user) {
		return new ClusterRights(access.supervises(cluster, user), year != null && access.leads(year, user),
				year != null && access.speaksFor(year, user.unitId(), user));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Cluster create(String code, String name, ClusterKind kind, long supervisingUnitId,
			@Nullable String description, CurrentUser user) {
		if (!units.isWithin(supervisingUnitId, user.unitId())) {
			throw new BusinessRuleViolation("cluster.supervising.outside");
		}
		if (clusters.existsByCode(code)) {
			throw new BusinessRuleViolation("cluster.code.taken", code);
		}
		return clusters.save(new Cluster(code, name, kind, supervisingUnitId, description));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Cluster update(long id, long version, String code, String name, ClusterKind kind,
			@Nullable String description, CurrentUser user) {
		Cluster cluster = supervised(id, user);
		StaleEditException.check("cluster", id, version, cluster.getVersion());
		if (!cluster.getCode().equals(code) && clusters.existsByCode(code)) {
			throw new BusinessRuleViolation("cluster.code.taken", code);
		}
		cluster.describe(code, name, kind, description);
		return cluster;
	}

	/**
	 * Opens a year with its members, leader and deputy, copying last year's criteria
	 * table when there is one.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public ClusterYear openYear(long clusterId, int year, Set<Long> members, long leaderUnitId,
			@Nullable Long deputyUnitId, CurrentUser user) {
		Cluster cluster = supervised(clusterId, user);
		if (years.findByClusterIdAndYear(clusterId, year).isPresent()) {
			throw new BusinessRuleViolation("clusterYear.exists", year);
		}
		requireMembersUnder(cluster, members);
		ClusterYear opened = new ClusterYear(clusterId, year, members, leaderUnitId, deputyUnitId);
		years.findByClusterIdAndYear(clusterId, year - 1).ifPresent(opened::copyCriteriaFrom);
		return years.save(opened);
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public ClusterYear organise(long clusterYearId, long version, Set<Long> members, long leaderUnitId,
			@Nullable Long deputyUnitId, CurrentUser user) {
		ClusterYear year = supervisedYear(clusterYearId, version, user);
		requireMembersUnder(clusters.findById(year.getClusterId()).orElseThrow(), members);
		year.organise(members, leaderUnitId, deputyUnitId);
		return year;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Criterion addCriterion(long clusterYearId, long version, CriterionDefinition definition, CurrentUser user) {
		ClusterYear year = supervisedYear(clusterYearId, version, user);
		requireLinkable(year, definition);
		Criterion criterion = year.addCriterion(definition);
		years.flush();
		return criterion;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public ClusterYear changeCriterion(long clusterYearId, long version, long criterionId,
			CriterionDefinition definition, CurrentUser user) {
		ClusterYear year = supervisedYear(clusterYearId, version, user);
		requireLinkable(year, definition);
		year.changeCriterion(criterionId, definition);
		return year;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public ClusterYear removeCriterion(long clusterYearId, long version, long criterionId, CurrentUser user) {
		ClusterYear year = supervisedYear(clusterYearId, version, user);
		year.removeCriterion(criterionId);
		return year;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public ClusterYear copyLastYear(long clusterYearId, long version, CurrentUser user) {
		ClusterYear year = supervisedYear(clusterYearId, version, user);
		ClusterYear previous = years.findByClusterIdAndYear(year.getClusterId(), year.getYear() - 1)
			.orElseThrow(() -> new BusinessRuleViolation("pact.copy.noPreviousYear", year.getYear() - 1));
		year.copyCriteriaFrom(previous);
		return year;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public ClusterYear setThresholds(long clusterYearId, long version, Thresholds thresholds, CurrentUser user) {
		ClusterYear year = supervisedYear(clusterYearId, version, user);
		year.thresholds(thresholds);
		return year;
	}

	/**
	 * Signs the pact on a date with its document (and the signed file, PDF or DOCX).
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public ClusterYear sign(long clusterYearId, long version, LocalDate on, String documentNumber,
			@Nullable MultipartFile file, CurrentUser user) {
		ClusterYear year = supervisedYear(clusterYearId, version, user);
		Long attachmentId = file == null || file.isEmpty() ? null
				: documents.store(file, Set.of(FileType.PDF, FileType.DOCX), user).id();
		year.sign(on, documentNumber, attachmentId);
		return year;
	}

	/**
	 * The signed pact's file, if the user may see the cluster.
	 */
	@Transactional(readOnly = true)
	public ResponseEntity<StreamingResponseBody> pactDocument(long clusterId, int year, CurrentUser user) {
		Long attachmentId = year(clusterId, year, user).getPactAttachmentId();
		if (attachmentId == null) {
			throw new NotFoundException("pactDocument", clusterId + "/" + year);
		}
		return documents.download(attachmentId);
	}

	/**
	 * A criterion links only a target of a movement launched by the supervising unit.
	 */
	private void requireLinkable(ClusterYear year, CriterionDefinition definition) {
		Long targetId = definition.targetId();
		if (targetId == null) {
			return;
		}
		long supervising = clusters.findById(year.getClusterId()).orElseThrow().getSupervisingUnitId();
		if (movements.targetsLaunchedBy(supervising).stream().noneMatch(target -> target.id() == targetId)) {
			throw new BusinessRuleViolation("criterion.target.outside");
		}
	}

	private void requireMembersUnder(Cluster cluster, Set<Long> members) {
		UnitRow supervising = units.get(cluster.getSupervisingUnitId());
		for (long unitId : members) {
			UnitRow unit = units.find(unitId)
				.orElseThrow(() -> new BusinessRuleViolation("clusterYear.member.unknown"));
			if (!unit.active() || !unit.isWithin(supervising) || unit.id() == supervising.id()) {
				throw new BusinessRuleViolation("clusterYear.member.outside", unit.name());
			}
		}
	}

	private Cluster supervised(long id, CurrentUser user) {
		Cluster cluster = show(id, user);
		if (!access.supervises(cluster, user)) {
			throw new AccessDeniedException("Only supervising officers manage a cluster");
		}
		return cluster;
	}

	private ClusterYear supervisedYear(long clusterYearId, long version, CurrentUser user) {
		ClusterYear year = years.findById(clusterYearId)
			.orElseThrow(() -> new NotFoundException("clusterYear", clusterYearId));
		supervised(year.getClusterId(), user);
		StaleEditException.check("clusterYear", clusterYearId, version, year.getVersion());
		// a change to a criterion is a change to the pact: forms holding the old version
		// become stale
		entityManager.lock(year, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return year;
	}

}
