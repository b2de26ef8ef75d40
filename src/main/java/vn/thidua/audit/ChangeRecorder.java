package vn.thidua.audit;

import java.lang.reflect.Field;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.shared.Masked;
import vn.thidua.shared.security.Actor;

/**
 * Writes an audit entry for every insert, update and delete of an entity, in the same
 * transaction, listing each changed field with its old and new value. Fields marked
 * {@link Masked} are recorded as changed, never with their value; version counters,
 * derived fields and file contents are left out.
 */
@Component
class ChangeRecorder implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		SmartInitializingSingleton {

	/** The fields of each entity class marked {@link Masked}. */
	private static final ClassValue<Set<String>> MASKED = new ClassValue<>() {

		@Override
		protected Set<String> computeValue(Class<?> type) {
			Set<String> masked = new HashSet<>();
			for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
				for (Field field : c.getDeclaredFields()) {
					if (field.isAnnotationPresent(Masked.class)) {
						masked.add(field.getName());
					}
				}
			}
			return Set.copyOf(masked);
		}

	};

	private static final Map<Class<?>, Set<String>> CHILDREN = new ConcurrentHashMap<>();

	static final Set<String> SKIPPED_FIELDS = Set.of("version", "searchText", "nameKey", "path", "depth", "content");

	/**
	 * Whether a property is one the log records: neither a skipped field nor one of
	 * Hibernate's own ({@code _criteria_cluster_year_idBackref}, the back reference of a
	 * one-to-many that only the owning side maps), which no reader knows.
	 */
	static boolean recorded(String property) {
		return !SKIPPED_FIELDS.contains(property) && !property.startsWith("_");
	}

	/**
	 * The fields naming the unit a record belongs to, most telling first.
	 */
	private static final List<String> UNIT_FIELDS = List.of("unitId", "proposingUnitId", "launchingUnitId",
			"scopeUnitId", "supervisingUnitId");

	private static final String INSERT = """
			insert into audit_entry (actor, action, entity_type, entity_id, changes, unit_path)
			values (?, ?, ?, ?, ?::jsonb, (select path from unit where id = ?))
			""";

	private final EntityManagerFactory entityManagerFactory;

	private final JsonMapper json = JsonMapper.builder().build();

	ChangeRecorder(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	static Set<String> maskedFields(Class<?> entity) {
		return MASKED.get(entity);
	}

	@Override
	public void afterSingletonsInstantiated() {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		record(event.getSession(), "CREATE", event.getPersister(), event.getId(), null, event.getState());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		record(event.getSession(), "UPDATE", event.getPersister(), event.getId(), event.getOldState(),
				event.getState());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		record(event.getSession(), "DELETE", event.getPersister(), event.getId(), event.getDeletedState(), null);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void record(SharedSessionContractImplementor session, String action, EntityPersister persister, Object id,
			Object @Nullable [] oldState, Object @Nullable [] newState) {
		Map<String, Map<String, @Nullable String>> changes = changes(persister.getPropertyNames(),
				CHILDREN.computeIfAbsent(persister.getMappedClass(),
						type -> childEntities(persister, session.getFactory())),
				MASKED.get(persister.getMappedClass()), oldState, newState);
		if (changes.isEmpty()) {
			return;
		}
		String entityType = persister.getMappedClass().getSimpleName();
		String payload = json.writeValueAsString(changes);
		Long unitId = unitOf(entityType, persister.getPropertyNames(), id, newState != null ? newState : oldState);
		session.doWork(connection -> {
			try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
				insert.setString(1, Actor.current());
				insert.setString(2, action);
				insert.setString(3, entityType);
				insert.setString(4, String.valueOf(id));
				insert.setString(5, payload);
				insert.setObject(6, unitId, Types.BIGINT);
				insert.executeUpdate();
			}
		});
	}

	private static @Nullable Long unitOf(String entityType, String[] names, Object id, Object @Nullable [] state) {
		if ("Unit".equals(entityType)) {
			return (Long) id;
		}
		List<String> fields = List.of(names);
		for (String field : UNIT_FIELDS) {
			int index = fields.indexOf(field);
			if (index >= 0 && state != null && state[index] instanceof Number unit) {
				return unit.longValue();
			}
		}
		return Actor.unitId();
	}

	/**
	 * The properties holding other entities (a one-to-many), whose inserts, updates and
	 * deletes the log records as their own.
	 */
	private static Set<String> childEntities(EntityPersister persister, SessionFactoryImplementor factory) {
		Set<String> children = new HashSet<>();
		for (int i = 0; i < persister.getPropertyNames().length; i++) {
			if (persister.getPropertyTypes()[i] instanceof CollectionType collection
					&& collection.getElementType(factory).isEntityType()) {
				children.add(persister.getPropertyNames()[i]);
			}
		}
		return children;
	}

	private static Map<String, Map<String, @Nullable String>> changes(String[] names, Set<String> children,
			Set<String> masked, Object @Nullable [] oldState, Object @Nullable [] newState) {
		Map<String, Map<String, @Nullable String>> changes = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			if (!recorded(names[i]) || children.contains(names[i])) {
				continue;
			}
			String before = oldState == null ? null : text(oldState[i]);
			String after = newState == null ? null : text(newState[i]);
			if (!Objects.equals(before, after)) {
				boolean secret = masked.contains(names[i]);
				Map<String, @Nullable String> change = new LinkedHashMap<>();
				change.put("old", secret && before != null ? "***" : before);
				change.put("new", secret && after != null ? "***" : after);
				changes.put(names[i], change);
			}
		}
		return changes;
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Iterable<?> values) {
			var sorted = new TreeSet<String>();
			values.forEach(item -> sorted.add(String.valueOf(item)));
			return String.join(",", sorted);
		}
		return value.toString();
	}

}
