package vn.thidua.award;

/**
 * An award as the rules read it: its type, kind, year, decision and whether it was
 * revoked.
 */
record AwardFact(String type, AwardKind kind, int year, String decisionNumber, boolean revoked) {

}
