package vn.thidua.dashboard;

import java.util.List;

/**
 * The first lines of a section, and whether there are more to see on its own page.
 */
public record SectionView(DueSection section, List<DueLine> lines, boolean more) {

}
