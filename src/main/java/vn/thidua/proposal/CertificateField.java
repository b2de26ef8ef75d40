package vn.thidua.proposal;

/**
 * A field printed onto a pre-printed certificate blank, in the order the form lists them.
 */
public enum CertificateField {

	NAME, ACHIEVEMENT, DECISION, PLACE_DATE, SIGNER_TITLE, SIGNER_NAME

}
