package vn.thidua.search;

/**
 * The kinds of things the search finds, in the order the page shows them.
 */
public enum SearchKind {

	PEOPLE, UNITS, MOVEMENTS, PROPOSALS, DECISIONS

}
