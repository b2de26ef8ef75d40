package vn.thidua.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;

/**
 * Finds records that may be one person (same name key and birth date) within the user's
 * scope and merges them: the other record's awards, ratings, initiatives, discipline
 * records, and the rows other modules keep of the person ({@link PersonReferences}:
 * proposal lines) move to the kept one in one transaction, the other record stays marked
 * as merged, and every moved row is listed so that an administrator can undo the merge
 * exactly. Two ratings (or proposal lines) that would collide refuse the merge.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
public class PersonMerges {

	/** Table, entity type (for the audit trail) and whether rows carry a version. */
	private static final Map<String, String> MOVED = new LinkedHashMap<>();

	static {
		MOVED.put("award_record", "AwardRecord");
		MOVED.put("performance_rating", "PerformanceRating");
		MOVED.put("initiative", "Initiative");
		MOVED.put("discipline_record", "DisciplineRecord");
	}

	private static final List<String> VERSIONED = List.of("award_record");

	private final PeopleDirectory directory;

	private final People people;

	private final Merges merges;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final List<PersonReferences> others;

	PersonMerges(PeopleDirectory directory, People people, Merges merges, JdbcClient jdbc, AuditTrail audit,
			Clock clock, List<PersonReferences> others) {
		this.directory = directory;
		this.people = people;
		this.merges = merges;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.others = others;
	}

	public record Pair(DirectoryRow one, DirectoryRow other) {
	}

	public record MergeRow(long id, long keptId, String keptName, long mergedId, String mergedName, String mergedBy,
			java.time.OffsetDateTime mergedAt, boolean undone) {
	}

	/**
	 * Pairs of people of the user's scope with the same name key and birth date (the
	 * personal identification number is unique, so two records never share one), up to
	 * 100.
	 */
	@Transactional(readOnly = true)
	public List<Pair> duplicates(CurrentUser user) {
		String columns = "%1$s.id, %1$s.full_name, %1$s.position, %1$s.birth_date, %1$s.sex, %1$s.unit_id,"
				+ " u%1$s.code, u%1$s.name, %1$s.personal_id";
		return jdbc
			.sql("select " + columns.formatted("a") + ", " + columns.formatted("b")
					+ """
							 from person a join person b on b.name_key = a.name_key and b.birth_date = a.birth_date and b.id > a.id
							join unit ua on ua.id = a.unit_id join unit ub on ub.id = b.unit_id
							where a.merged_into_id is null and b.merged_into_id is null
							  and exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(ua.path, root_path)) and exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(ub.path, root_path))
							order by a.name_key, a.id, b.id limit 100
							""")
			.param("root", user.unitId())
			.query((rs, n) -> new Pair(row(rs, 0), row(rs, 9)))
			.list();
	}

	private static DirectoryRow row(java.sql.ResultSet rs, int offset) throws java.sql.SQLException {
		return new DirectoryRow(rs.getLong(offset + 1), rs.getString(offset + 2), rs.getString(offset + 3),
				rs.getObject(offset + 4, LocalDate.class), rs.getString(offset + 5), rs.getLong(offset + 6),
				rs.getString(offset + 7), rs.getString(offset + 8), PersonalId.mask(rs.getString(offset + 9)));
	}

	/**
	 * The merges of people in the user's scope, newest first.
	 */
	@Transactional(readOnly = true)
	public List<MergeRow> recent(CurrentUser user) {
		return jdbc
			.sql("""
					select m.id, m.kept_id, k.full_name as kept_name, m.merged_id, d.full_name as merged_name,
					       m.merged_by, m.merged_at, m.undone_at is not null as undone
					from person_merge m join person k on k.id = m.kept_id join person d on d.id = m.merged_id
					join unit u on u.id = k.unit_id
					where exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(u.path, root_path)) order by m.id desc limit 50
					""")
			.param("root", user.unitId())
			.query(MergeRow.class)
			.list();
	}

	/**
	 * Moves everything of {@code mergedId} to {@code keptId} and marks the first merged
	 * into the second.
	 */
	public PersonMerge merge(long keptId, long mergedId, CurrentUser user) {
		if (keptId == mergedId) {
			throw new BusinessRuleViolation("people.merge.same");
		}
		Person kept = directory.show(keptId, user);
		Person merged = directory.show(mergedId, user);
		if (kept.getPersonalId() != null && merged.getPersonalId() != null) {
			throw new BusinessRuleViolation("people.merge.twoPersonalIds");
		}
		List<Integer> years = jdbc.sql("""
				select a.year from performance_rating a join performance_rating b on b.year = a.year
				where a.person_id = ? and b.person_id = ? order by a.year
				""").params(keptId, mergedId).query(Integer.class).list();
		if (!years.isEmpty()) {
			throw new BusinessRuleViolation("people.merge.ratingConflict",
					String.join(", ", years.stream().map(String::valueOf).toList()));
		}
		others.forEach((other) -> other.checkMerge(keptId, mergedId));
		String movedPersonalId = merged.getPersonalId();
		merged.mergeInto(keptId);
		people.flush();
		if (movedPersonalId != null) {
			kept.describe(kept.getFullName(), kept.getBirthDate(), kept.getSex(), kept.getPosition(), movedPersonalId);
		}
		PersonMerge merge = merges
			.saveAndFlush(new PersonMerge(keptId, mergedId, movedPersonalId, user.username(), clock.instant()));
		MOVED.forEach((table, entity) -> {
			List<Long> ids = jdbc
				.sql("update " + table + " set person_id = :kept"
						+ (VERSIONED.contains(table) ? ", version = version + 1" : "")
						+ " where person_id = :merged returning id")
				.param("kept", keptId)
				.param("merged", mergedId)
				.query(Long.class)
				.list();
			record(merge.getId(), table, ids);
			audit.recordUpdates(entity, ids, "personId", mergedId, keptId);
		});
		for (PersonReferences other : others) {
			List<Long> ids = other.move(mergedId, keptId, null);
			record(merge.getId(), other.table(), ids);
			audit.recordUpdates(other.entity(), ids, "personId", mergedId, keptId);
		}
		return merge;
	}

	private void record(long mergeId, String table, List<Long> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("insert into person_merge_row (merge_id, table_name, row_id)"
					+ " select :merge, :table, id from unnest(cast(:ids as bigint[])) as id")
				.param("merge", mergeId)
				.param("table", table)
				.param("ids", ids.toArray(Long[]::new))
				.update();
		}
	}

	/**
	 * Moves back exactly the rows a merge moved and makes the merged record a person of
	 * its own again. Administrators only.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public PersonMerge undo(long mergeId, CurrentUser user) {
		PersonMerge merge = merges.findById(mergeId).orElseThrow(() -> new NotFoundException("merge", mergeId));
		Person kept = directory.show(merge.getKeptId(), user);
		Person merged = people.findById(merge.getMergedId()).orElseThrow();
		if (merge.isUndone()) {
			throw new BusinessRuleViolation("people.merge.alreadyUndone");
		}
		if (merged.getMergedIntoId() == null || merged.getMergedIntoId() != kept.getId().longValue()) {
			throw new BusinessRuleViolation("people.merge.changedSince");
		}
		MOVED.forEach((table, entity) -> {
			List<Long> ids = jdbc
				.sql("update " + table + " set person_id = :merged"
						+ (VERSIONED.contains(table) ? ", version = version + 1" : "")
						+ " where person_id = :kept and id in (select row_id from person_merge_row"
						+ " where merge_id = :merge and table_name = :table) returning id")
				.param("kept", kept.getId())
				.param("merged", merged.getId())
				.param("merge", mergeId)
				.param("table", table)
				.query(Long.class)
				.list();
			audit.recordUpdates(entity, ids, "personId", kept.getId(), merged.getId());
		});
		for (PersonReferences other : others) {
			List<Long> moved = jdbc
				.sql("select row_id from person_merge_row where merge_id = ? and table_name = ? order by row_id")
				.params(mergeId, other.table())
				.query(Long.class)
				.list();
			List<Long> ids = other.move(kept.getId(), merged.getId(), moved);
			audit.recordUpdates(other.entity(), ids, "personId", kept.getId(), merged.getId());
		}
		if (merge.getMovedPersonalId() != null) {
			kept.describe(kept.getFullName(), kept.getBirthDate(), kept.getSex(), kept.getPosition(), null);
			people.flush();
		}
		merged.unmerge(merge.getMovedPersonalId());
		merge.undo(user.username(), clock.instant());
		people.flush();
		return merge;
	}

}
