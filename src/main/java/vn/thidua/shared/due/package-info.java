/**
 * Due work as every module reports it to the home page and the reminders.
 */
@NullMarked
package vn.thidua.shared.due;

import org.jspecify.annotations.NullMarked;
