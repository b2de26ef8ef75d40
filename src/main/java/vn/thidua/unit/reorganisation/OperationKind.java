package vn.thidua.unit.reorganisation;

/**
 * What an operation of a reorganisation does: several units into one new or existing unit
 * (hợp nhất, sáp nhập), one unit into several (chia tách), units ended with their work
 * handed to another (giải thể), a new name, or a new parent.
 */
public enum OperationKind {

	MERGE, SPLIT, DISSOLVE, RENAME, MOVE

}
