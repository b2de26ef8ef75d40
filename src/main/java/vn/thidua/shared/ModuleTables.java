package vn.thidua.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A module's contract with the database, on its {@code package-info}: a module owns the
 * tables the migrations named for it create (plus those listed in {@link #owns()}), and
 * no other module writes them or reads them unless they are {@link #published()}.
 * {@code TableOwnershipTests} checks every SQL statement in the code against it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface ModuleTables {

	/**
	 * Tables the module owns although a migration named for another module created them.
	 */
	String[] owns() default {};

	/** Tables other modules may read (never write): the module's SQL interface. */
	String[] published() default {};

}
