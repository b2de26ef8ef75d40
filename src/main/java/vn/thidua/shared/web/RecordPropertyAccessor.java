package vn.thidua.shared.web;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;

/**
 * Reads the components of the application's own records ({@code ${row.subjectName}}) in
 * templates. Thymeleaf's guarded reflective accessor re-checks its deny-list on every
 * read, because SpEL only reuses a cached accessor that is itself in the context's list:
 * a fifth of the registry page's rendering went there (docs/benchmarks.md). Records
 * outside {@code vn.thidua} are left to Thymeleaf's accessor and its checks.
 */
final class RecordPropertyAccessor implements PropertyAccessor {

	private static final String OWN_PACKAGE = "vn.thidua.";

	private static final MethodType READER = MethodType.methodType(Object.class, Object.class);

	private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
		@Override
		protected Map<String, MethodHandle> computeValue(Class<?> type) {
			return readers(type);
		}
	};

	@Override
	public Class<?>[] getSpecificTargetClasses() {
		return new Class<?>[] { Record.class };
	}

	@Override
	public boolean canRead(EvaluationContext context, @Nullable Object target, String name) {
		return reader(target, name) != null;
	}

	@Override
	public TypedValue read(EvaluationContext context, @Nullable Object target, String name) throws AccessException {
		MethodHandle reader = reader(target, name);
		if (reader == null) {
			throw new AccessException("Not a component of an application record: " + name);
		}
		try {
			return new TypedValue(reader.invokeExact(target));
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public boolean canWrite(EvaluationContext context, @Nullable Object target, String name) {
		return false;
	}

	@Override
	public void write(EvaluationContext context, @Nullable Object target, String name, @Nullable Object newValue)
			throws AccessException {
		throw new AccessException("Templates do not write record components");
	}

	private static @Nullable MethodHandle reader(@Nullable Object target, String name) {
		return target instanceof Record record ? COMPONENTS.get(record.getClass()).get(name) : null;
	}

	private static Map<String, MethodHandle> readers(Class<?> type) {
		if (!type.getName().startsWith(OWN_PACKAGE)) {
			return Map.of();
		}
		Map<String, MethodHandle> readers = new HashMap<>();
		for (RecordComponent component : type.getRecordComponents()) {
			try {
				component.getAccessor().setAccessible(true);
				readers.put(component.getName(),
						MethodHandles.lookup().unreflect(component.getAccessor()).asType(READER));
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException("Record component not readable: " + component, ex);
			}
		}
		return Map.copyOf(readers);
	}

}
