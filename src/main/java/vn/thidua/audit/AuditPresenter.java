package vn.thidua.audit;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.audit.AuditEntryRow.FieldChange;
import vn.thidua.shared.security.UserNames;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Shows audit entries as a reader expects: record types and fields by their labels,
 * people by name, units by name, and values formatted (dates, times in Vietnam, numbers,
 * yes and no, the labels of enumerations), read from each entity's mapped types.
 */
@Component
public class AuditPresenter {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The actor of work the application does itself (start-up, scheduled runs). */
	private static final String SYSTEM = "system";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	/** The fields that hold the id of a unit, on every entity but the ones below. */
	private static final Set<String> UNIT_FIELDS = Set.of("unitId", "launchingUnitId", "leadUnitId", "standingUnitId",
			"proposingUnitId", "decidingUnitId", "scopeUnitId", "supervisingUnitId", "leaderUnitId", "deputyUnitId",
			"fromUnitId", "toUnitId", "oldParentId", "newParentId", "members");

	/**
	 * Text fields holding a code that has a label, by field (on every entity) or by
	 * {@code Entity.field}: the label's key, the code in place of {@code %s}.
	 */
	private static final Map<String, String> CODED_FIELDS = Map.of("awardTypeCode", "AwardType.%s", "basisTypeCode",
			"AwardType.%s", "Person.sex", "person.sex.%s", "DisciplineRecord.kind", "DisciplineKind.%s",
			"ImportRun.kind", "imports.%s.title", "Proposal.signedCopySignature", "audit.value.signature.%s");

	/** Fields naming a unit on one entity only. */
	private static final Set<String> UNIT_FIELDS_OF_UNIT = Set.of("parentId", "successorId");

	private final MessageSource messages;

	private final UserNames userNames;

	private final UnitCatalog units;

	private final Map<String, Map<String, Class<?>>> types = new HashMap<>();

	AuditPresenter(EntityManagerFactory entityManagerFactory, MessageSource messages, UserNames userNames,
			UnitCatalog units) {
		this.messages = messages;
		this.userNames = userNames;
		this.units = units;
		for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
			types.put(entity.getName(), fieldTypes(entity.getJavaType()));
		}
	}

	/** Each field's type; for a collection, its elements' type. */
	private static Map<String, Class<?>> fieldTypes(Class<?> entity) {
		Map<String, Class<?>> fields = new HashMap<>();
		for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Field field : c.getDeclaredFields()) {
				fields.putIfAbsent(field.getName(), elementType(field));
			}
		}
		return Map.copyOf(fields);
	}

	/** A field's type; for a collection, its elements' type. */
	static Class<?> elementType(Field field) {
		Class<?> type = field.getType();
		if (Collection.class.isAssignableFrom(type) && field.getGenericType() instanceof ParameterizedType generic
				&& generic.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		return type;
	}

	/**
	 * The key of an enumeration's labels: its simple name, led by the classes it is
	 * nested in ({@code PersonTransfer.Status}), so two nested {@code Status} enums keep
	 * labels of their own.
	 */
	static String enumKey(Class<?> type) {
		return type.getEnclosingClass() == null ? type.getSimpleName()
				: enumKey(type.getEnclosingClass()) + "." + type.getSimpleName();
	}

	/** The labels of the record types, by type, in label order. */
	public Map<String, String> entityLabels(Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		types.keySet()
			.stream()
			.sorted(Comparator.comparing((String type) -> entityLabel(type, locale)))
			.forEach(type -> labels.put(type, entityLabel(type, locale)));
		return labels;
	}

	public String entityLabel(String entityType, Locale locale) {
		return messages.getMessage("audit.entity." + entityType, null, entityType, locale);
	}

	/**
	 * These entries as shown, with two reads at most: the people's names and the units'.
	 */
	public List<ShownEntry> present(List<AuditEntryRow> rows, Locale locale) {
		Set<String> people = new HashSet<>();
		Set<Long> unitIds = new HashSet<>();
		for (AuditEntryRow row : rows) {
			people.add(row.actor());
			for (FieldChange change : row.fieldChanges()) {
				if (isPerson(change.field())) {
					addIfPresent(people, change.oldValue());
					addIfPresent(people, change.newValue());
				}
				else if (isUnit(row.entityType(), change.field())) {
					unitIds.addAll(ids(change.oldValue()));
					unitIds.addAll(ids(change.newValue()));
				}
			}
		}
		Map<String, String> names = new HashMap<>(userNames.namesOf(people));
		names.put(SYSTEM, messages.getMessage("audit.actor.system", null, SYSTEM, locale));
		Map<Long, String> unitNames = unitIds.isEmpty() ? Map.of()
				: units.findAll(List.copyOf(unitIds))
					.stream()
					.collect(Collectors.toMap(UnitRow::id, UnitRow::name, (a, b) -> a));
		Values values = new Values(locale, names, unitNames);
		return rows.stream()
			.map(row -> new ShownEntry(row.id(), row.occurredAt(), row.actor(),
					names.getOrDefault(row.actor(), row.actor()), row.action(), row.entityType(),
					entityLabel(row.entityType(), locale), row.entityId(),
					row.fieldChanges()
						.stream()
						.filter(change -> ChangeRecorder.recorded(change.field()))
						.map(change -> new ShownChange(fieldLabel(row.entityType(), change.field(), locale),
								values.show(row.entityType(), change.field(), change.oldValue()),
								values.show(row.entityType(), change.field(), change.newValue())))
						.toList()))
			.toList();
	}

	public String fieldLabel(String entityType, String field, Locale locale) {
		String specific = messages.getMessage("audit.field." + entityType + "." + field, null, null, locale);
		return specific != null ? specific : messages.getMessage("audit.field." + field, null, field, locale);
	}

	private static boolean isPerson(String field) {
		return field.endsWith("By") || field.equals("actor");
	}

	private static boolean isUnit(String entityType, String field) {
		return UNIT_FIELDS.contains(field) || ("Unit".equals(entityType) && UNIT_FIELDS_OF_UNIT.contains(field));
	}

	private static void addIfPresent(Set<String> set, @Nullable String value) {
		if (value != null) {
			set.add(value);
		}
	}

	private static List<Long> ids(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		List<Long> ids = new ArrayList<>();
		for (String part : value.split(",")) {
			try {
				ids.add(Long.parseLong(part.strip()));
			}
			catch (NumberFormatException ex) {
				return List.of();
			}
		}
		return ids;
	}

	private final class Values {

		private final Locale locale;

		private final Map<String, String> people;

		private final Map<Long, String> units;

		Values(Locale locale, Map<String, String> people, Map<Long, String> units) {
			this.locale = locale;
			this.people = people;
			this.units = units;
		}

		@Nullable String show(String entityType, String field, @Nullable String value) {
			if (value == null || "***".equals(value)) {
				return value;
			}
			if (isPerson(field)) {
				return people.getOrDefault(value, value);
			}
			if (isUnit(entityType, field)) {
				return ids(value).stream()
					.map(id -> units.getOrDefault(id, "#" + id))
					.collect(Collectors.joining(", "));
			}
			String coded = CODED_FIELDS.getOrDefault(entityType + "." + field, CODED_FIELDS.get(field));
			if (coded != null) {
				return messages.getMessage(coded.formatted(value), null, value, locale);
			}
			Class<?> type = types.getOrDefault(entityType, Map.of()).get(field);
			if (type == null) {
				return value;
			}
			try {
				return typed(type, value);
			}
			catch (DateTimeParseException | IllegalArgumentException ex) {
				return value;
			}
		}

		private String typed(Class<?> type, String value) {
			if (type == LocalDate.class) {
				return LocalDate.parse(value).format(DAY);
			}
			if (type == Instant.class) {
				return Instant.parse(value).atZone(VIETNAM).format(MOMENT);
			}
			if (type == OffsetDateTime.class) {
				return OffsetDateTime.parse(value).atZoneSameInstant(VIETNAM).format(MOMENT);
			}
			if (type == BigDecimal.class || type == Double.class || type == double.class) {
				return VietnameseNumbers.format(new BigDecimal(value));
			}
			if (type == Boolean.class || type == boolean.class) {
				return messages.getMessage("audit.value." + Boolean.parseBoolean(value), null, locale);
			}
			if (type.isEnum()) {
				String prefix = enumKey(type) + ".";
				return Arrays.stream(value.split(","))
					.map(String::strip)
					.map(constant -> messages.getMessage(prefix + constant, null, constant, locale))
					.collect(Collectors.joining(", "));
			}
			return value;
		}

	}

	/** One audit entry as the log shows it. */
	public record ShownEntry(long id, OffsetDateTime occurredAt, String actor, String actorName, String action,
			String entityType, String entityLabel, String entityId, List<ShownChange> changes) {

		public String changesInOneLine() {
			return changes.stream()
				.map(change -> change.field() + ": " + (change.oldValue() == null ? "" : change.oldValue() + " → ")
						+ (change.newValue() == null ? "∅" : change.newValue()))
				.collect(Collectors.joining("; "));
		}

	}

	/** One changed field: its label, and its old and new values as shown. */
	public record ShownChange(String field, @Nullable String oldValue, @Nullable String newValue) {
	}

}
