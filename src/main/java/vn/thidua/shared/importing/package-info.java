@NullMarked
@NamedInterface("importing")
package vn.thidua.shared.importing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
