/**
 * Reorganisations of the tree: plans, their check, preview and application.
 */
@NullMarked
@NamedInterface("reorganisation")
package vn.thidua.unit.reorganisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
