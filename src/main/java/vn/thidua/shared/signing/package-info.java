/**
 * Digital signatures on PDF documents (PAdES, with PDFBox and Bouncy Castle): who signs
 * for a unit ({@link vn.thidua.shared.signing.UnitSigners}, a PKCS#12 keystore per unit
 * by default), signing with a visible signature block, verifying a signed file, and the
 * QR codes that lead to the public verification page.
 */
@NullMarked
@NamedInterface("signing")
package vn.thidua.shared.signing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
