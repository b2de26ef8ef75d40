@NullMarked
@NamedInterface("database")
package vn.thidua.shared.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
