/**
 * What every module may use: errors, formats, the current user, the embedded database and
 * the web layout.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.thidua.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
