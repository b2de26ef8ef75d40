package vn.thidua.award;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Rows another module keeps that name a person (a proposal's lines): merging two person
 * records moves them along with the person's own, and undoing the merge moves exactly
 * those rows back. The module owning the rows implements it, so the registry never writes
 * another module's tables.
 */
public interface PersonReferences {

	/** The table of the rows, as the merge lists the rows it moved. */
	String table();

	/** The entity type the audit trail names. */
	String entity();

	/**
	 * Refuses the merge (a business-rule violation) when the two people's rows would
	 * collide.
	 */
	void checkMerge(long keptId, long mergedId);

	/**
	 * Moves the rows naming one person to another, only the listed ones when a list is
	 * given; returns the ids of the rows moved.
	 */
	List<Long> move(long fromId, long toId, @Nullable List<Long> only);

}
