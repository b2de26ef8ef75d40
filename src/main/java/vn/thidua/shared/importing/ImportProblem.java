package vn.thidua.shared.importing;

/**
 * What is wrong in one cell of a row (the column is a key of the import's columns).
 */
public record ImportProblem(int row, String column, String messageKey, Object[] args) {
}
