@NullMarked
@NamedInterface("web")
package vn.thidua.shared.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
