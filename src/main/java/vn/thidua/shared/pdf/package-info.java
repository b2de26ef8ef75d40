/**
 * PDF documents rendered from Thymeleaf templates with embedded fonts.
 */
@NullMarked
@NamedInterface("pdf")
package vn.thidua.shared.pdf;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
