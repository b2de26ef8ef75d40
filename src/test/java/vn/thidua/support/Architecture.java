package vn.thidua.support;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.springframework.modulith.core.ApplicationModules;

import vn.thidua.ThiDuaApplication;

/**
 * The application's classes and modules, read once per test JVM and shared by the
 * architecture, modularity and documentation tests (reading them is the slow part).
 */
public final class Architecture {

	private Architecture() {
	}

	/**
	 * The production classes of {@code vn.thidua}.
	 */
	public static JavaClasses mainClasses() {
		return Main.CLASSES;
	}

	/**
	 * The Spring Modulith view of the application.
	 */
	public static ApplicationModules modules() {
		return Modules.MODULES;
	}

	private static final class Main {

		static final JavaClasses CLASSES = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("vn.thidua");

	}

	private static final class Modules {

		static final ApplicationModules MODULES = ApplicationModules.of(ThiDuaApplication.class);

	}

}
