package vn.thidua.unit.importing;

/**
 * What is wrong with one cell (or the whole row when {@code column} is empty).
 */
public record ImportProblem(String column, String messageKey, Object[] args) {
}
