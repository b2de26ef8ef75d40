package vn.thidua;

import org.junit.jupiter.api.Test;

import vn.thidua.support.Architecture;

/**
 * Each module depends only on the modules and named interfaces its package-info declares,
 * and there are no cycles. The module map generated from the same model is in
 * docs/modules ({@link ModuleDocumentationTests}).
 */
class ModularityTests {

	@Test
	void modulesDependOnlyOnWhatTheyDeclare() {
		Architecture.modules().verify();
	}

}
