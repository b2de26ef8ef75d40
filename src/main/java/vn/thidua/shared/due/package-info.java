/**
 * Due work as every module reports it to the home page and the reminders.
 */
@NullMarked
@NamedInterface("due")
package vn.thidua.shared.due;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
