/**
 * Several nodes on one database: work that must happen once across the nodes.
 */
@NullMarked
package vn.thidua.shared.nodes;

import org.jspecify.annotations.NullMarked;
