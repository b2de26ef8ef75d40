/**
 * Several nodes on one database: work that must happen once across the nodes.
 */
@NullMarked
@NamedInterface("nodes")
package vn.thidua.shared.nodes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
