@NullMarked
@NamedInterface("security")
package vn.thidua.shared.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
