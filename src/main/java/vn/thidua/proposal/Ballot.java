package vn.thidua.proposal;

/**
 * A board member's choice on one line.
 */
public enum Ballot {

	AGREE, DISAGREE, ABSTAIN

}
