/**
 * What the feature modules build on. The package itself holds the business-rule and
 * stale-edit errors; each subpackage is a named interface (security, web, text, export,
 * sheet, importing, pdf, signing, due, database, nodes) that a module names in its
 * {@code allowedDependencies} when it uses it, so the module map shows who relies on
 * what.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package vn.thidua.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
