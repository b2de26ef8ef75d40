package vn.thidua.shared.web;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.CodeFlow;
import org.springframework.expression.spel.CompilablePropertyAccessor;

/**
 * Reads the components of the application's own records ({@code ${row.subjectName}}) in
 * templates. Thymeleaf's guarded reflective accessor re-checks its deny-list on every
 * read, because SpEL only reuses a cached accessor that is itself in the context's list:
 * a fifth of the registry page's rendering went there (docs/benchmarks.md). Records
 * outside {@code vn.thidua} are left to Thymeleaf's accessor and its checks.
 * <p>
 * It is compilable, so that with the SpEL compiler on an expression such as
 * {@code ${row.href}}, evaluated for every row of every page, is compiled to a call of
 * {@link #component(Object, String)} instead of being interpreted node by node. A
 * compiled expression that meets anything but a record's component fails, and SpEL
 * interprets it again.
 */
public final class RecordPropertyAccessor implements CompilablePropertyAccessor {

	private static final String OWN_PACKAGE = "vn.thidua.";

	private static final MethodType READER = MethodType.methodType(Object.class, Object.class);

	private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
		@Override
		protected Map<String, MethodHandle> computeValue(Class<?> type) {
			return readers(type);
		}
	};

	RecordPropertyAccessor() {
	}

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
	public boolean isCompilable() {
		return true;
	}

	@Override
	public Class<?> getPropertyType() {
		return Object.class;
	}

	@Override
	public void generateCode(String propertyName, MethodVisitor visitor, CodeFlow flow) {
		visitor.visitLdcInsn(propertyName);
		visitor.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(RecordPropertyAccessor.class), "component",
				"(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/Object;", false);
	}

	/**
	 * A component of an application record, as a compiled expression reads it.
	 * @throws IllegalArgumentException if the target is no such record or has no such
	 * component
	 */
	public static @Nullable Object component(@Nullable Object target, String name) throws Throwable {
		MethodHandle reader = reader(target, name);
		if (reader == null) {
			throw new IllegalArgumentException("Not a component of an application record: " + name);
		}
		return reader.invokeExact(target);
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
