package vn.thidua.report;

/**
 * A generated summary: the unit whose heading it carries, its title and its paragraphs
 * separated by blank lines, which the officer may edit before exporting.
 */
public record Narrative(long unitId, String title, String text) {

}
