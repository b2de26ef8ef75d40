package vn.thidua.cluster;

/**
 * What the signed-in user may do in a cluster's year, so pages offer only that; the
 * services check again.
 */
public record ClusterRights(boolean supervise, boolean lead, boolean member) {

}
