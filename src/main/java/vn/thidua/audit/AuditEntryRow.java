package vn.thidua.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One audit entry as the log shows it; {@code changes} is the JSON of the changed fields.
 */
public record AuditEntryRow(long id, OffsetDateTime occurredAt, String actor, String action, String entityType,
		String entityId, String changes) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public List<FieldChange> fieldChanges() {
		List<FieldChange> fields = new ArrayList<>();
		JSON.readTree(changes)
			.properties()
			.forEach(field -> fields.add(new FieldChange(field.getKey(), text(field.getValue().get("old")),
					text(field.getValue().get("new")))));
		return fields;
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}

	public record FieldChange(String field, @Nullable String oldValue, @Nullable String newValue) {
	}

}
