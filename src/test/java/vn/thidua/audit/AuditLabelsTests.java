package vn.thidua.audit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log speaks the reader's language: every entity and every field it records has
 * a label in both bundles, so a new entity or field without one fails here.
 */
class AuditLabelsTests {

	@ParameterizedTest
	@ValueSource(strings = { "messages/messages_vi.properties", "messages/messages.properties" })
	void everyRecordedEntityAndFieldHasALabel(String bundle) throws Exception {
		Properties labels = load(bundle);
		List<String> missing = new ArrayList<>();
		for (Class<?> entity : entities()) {
			String type = entity.getSimpleName();
			if (!labels.containsKey("audit.entity." + type)) {
				missing.add("audit.entity." + type);
			}
			for (Field field : entity.getDeclaredFields()) {
				if (recorded(field) && !labels.containsKey("audit.field." + type + "." + field.getName())
						&& !labels.containsKey("audit.field." + field.getName())) {
					missing.add("audit.field." + field.getName() + " (" + type + ")");
				}
			}
		}
		assertThat(missing).as("labels missing in %s", bundle).isEmpty();
	}

	/**
	 * A recorded enumeration's value shows as its label ({@link AuditPresenter}): every
	 * constant of every enum an entity records has a label in both bundles, under the key
	 * the presenter reads.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "messages/messages_vi.properties", "messages/messages.properties" })
	void everyRecordedEnumValueHasALabel(String bundle) throws Exception {
		Properties labels = load(bundle);
		List<String> missing = new ArrayList<>();
		for (Class<?> entity : entities()) {
			for (Field field : entity.getDeclaredFields()) {
				Class<?> type = AuditPresenter.elementType(field);
				if (recorded(field) && type.isEnum()) {
					for (Object constant : type.getEnumConstants()) {
						String key = AuditPresenter.enumKey(type) + "." + ((Enum<?>) constant).name();
						if (!labels.containsKey(key)) {
							missing.add(key + " (" + entity.getSimpleName() + "." + field.getName() + ")");
						}
					}
				}
			}
		}
		assertThat(missing).as("enum labels missing in %s", bundle).isEmpty();
	}

	private List<Class<?>> entities() throws ClassNotFoundException {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
		List<Class<?>> entities = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("vn.thidua")) {
			entities.add(ClassUtils.forName(definition.getBeanClassName(), getClass().getClassLoader()));
		}
		assertThat(entities).as("entities found").hasSizeGreaterThan(30);
		return entities;
	}

	private static boolean recorded(Field field) {
		return !Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
				&& !field.isAnnotationPresent(Id.class) && !field.isAnnotationPresent(Version.class)
				&& !field.isAnnotationPresent(Transient.class)
				&& !ChangeRecorder.SKIPPED_FIELDS.contains(field.getName());
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(bundle).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
