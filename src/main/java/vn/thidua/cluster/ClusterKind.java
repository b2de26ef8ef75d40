package vn.thidua.cluster;

/**
 * Territorial members (cụm) or agencies of one sector (khối).
 */
public enum ClusterKind {

	CLUSTER, BLOCK

}
