@NullMarked
@NamedInterface("text")
package vn.thidua.shared.text;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
