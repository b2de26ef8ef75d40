package vn.thidua.cluster;

/**
 * What the leader proposes from the year-end ranking: Cờ thi đua or Bằng khen.
 */
public enum ProposalKind {

	EMULATION_FLAG, CERTIFICATE_OF_MERIT

}
