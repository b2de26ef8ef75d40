package vn.thidua.audit;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.security.CurrentUser;

/**
 * Reads the audit log within the reader's scope, newest first, a keyset page at a time,
 * so that it stays fast with millions of entries.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final int EXPORT_BATCH = 2_000;

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Up to {@code size} entries older than {@code before} (an entry id), newest first.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public List<AuditEntryRow> page(AuditFilter filter, @Nullable Long before, int size, CurrentUser reader) {
		return jdbc
			.sql("""
					select id, occurred_at, actor, action, entity_type, entity_id, changes::text as changes
					from audit_entry
					where (cast(:before as bigint) is null or id < :before)
					  and (exists (select 1 from unit_scope(:reader) scope_roots(root_path) where unit_in_subtree(unit_path, root_path))
					       or (unit_path is null and exists (select 1 from unit r where r.id = :reader and r.parent_id is null)))
					  and (cast(:actor as text) is null or actor = :actor)
					  and (cast(:entityType as text) is null or entity_type = :entityType)
					  and (cast(:entityId as text) is null or entity_id = :entityId)
					  and (cast(:action as text) is null or action = :action)
					  and (cast(:from as timestamptz) is null or occurred_at >= :from)
					  and (cast(:to as timestamptz) is null or occurred_at < :to)
					order by id desc
					limit :size
					""")
			.param("before", before)
			.param("reader", reader.unitId())
			.param("actor", blankToNull(filter.actor()))
			.param("entityType", blankToNull(filter.entityType()))
			.param("entityId", blankToNull(filter.entityId()))
			.param("action", blankToNull(filter.action()))
			.param("from", filter.from() == null ? null : filter.from().atStartOfDay(VIETNAM).toOffsetDateTime())
			.param("to", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime())
			.param("size", size)
			.query(AuditEntryRow.class)
			.list();
	}

	/**
	 * Every entry the filter finds, newest first, read in keyset batches.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public void forEach(AuditFilter filter, CurrentUser reader, Consumer<? super AuditEntryRow> sink) {
		Long before = null;
		List<AuditEntryRow> batch;
		do {
			batch = page(filter, before, EXPORT_BATCH, reader);
			batch.forEach(sink);
			before = batch.isEmpty() ? null : batch.getLast().id();
		}
		while (batch.size() == EXPORT_BATCH);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
