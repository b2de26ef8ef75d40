/**
 * Help where users are: the Vietnamese user guide of each role (docs/guide/*.md, packed
 * into the application as classpath resources) rendered as pages of the app, with the
 * screenshots the browser tests take.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "shared::security" })
package vn.thidua.help;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
