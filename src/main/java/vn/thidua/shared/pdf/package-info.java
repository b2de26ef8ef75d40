/**
 * PDF documents rendered from Thymeleaf templates with embedded fonts.
 */
@NullMarked
package vn.thidua.shared.pdf;

import org.jspecify.annotations.NullMarked;
