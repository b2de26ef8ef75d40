@NullMarked
@NamedInterface("export")
package vn.thidua.shared.export;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
