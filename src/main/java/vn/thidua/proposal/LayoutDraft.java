package vn.thidua.proposal;

import java.util.List;

/**
 * A certificate layout as checked, ready to be stored or laid out: the sheet and every
 * field's placement.
 */
public record LayoutDraft(CertificateSheet sheet, List<FieldPlacement> placements) {

}
