package vn.thidua.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the administrator narrows the log to; every field is optional.
 */
public record AuditFilter(@Nullable String actor, @Nullable String entityType, @Nullable String entityId,
		@Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to) {
}
