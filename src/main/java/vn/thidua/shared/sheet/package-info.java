@NullMarked
@NamedInterface("sheet")
package vn.thidua.shared.sheet;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
