package vn.thidua.movement.web;

import java.math.BigDecimal;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import vn.thidua.shared.text.VietnameseNumbers;

/**
 * Reads a number typed the Vietnamese way into a form's field: one that cannot be read,
 * or that has more digits than the movement's value columns keep (numeric(20, 4)), is
 * rejected on its field instead of failing in the database or being rounded.
 */
final class FormNumbers {

	static final int INTEGER_DIGITS = 16;

	static final int FRACTION_DIGITS = 4;

	private FormNumbers() {
	}

	static @Nullable BigDecimal read(@Nullable String typed, String field, BindingResult result) {
		Optional<BigDecimal> value = VietnameseNumbers.parse(typed);
		if (value.isEmpty()) {
			result.rejectValue(field, "number.invalid");
			return null;
		}
		BigDecimal plain = value.get().stripTrailingZeros();
		if (Math.max(plain.scale(), 0) > FRACTION_DIGITS || plain.precision() - plain.scale() > INTEGER_DIGITS) {
			result.rejectValue(field, "number.tooManyDigits", new Object[] { INTEGER_DIGITS, FRACTION_DIGITS }, null);
			return null;
		}
		return value.get();
	}

}
