package vn.thidua.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import vn.thidua.shared.text.VietnameseNumbers;

/**
 * A number typed the Vietnamese way (31.434,47), never negative, checked with the other
 * fields of its form. Empty text is left to {@code @NotBlank}.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidNumber.Validator.class)
public @interface ValidNumber {

	String message() default "{number.invalid}";

	/** Whether zero is refused too. */
	boolean positive() default false;

	/** Digits before the decimal comma the column keeps. */
	int integer() default 16;

	/**
	 * Digits after the decimal comma the column keeps: more are refused, never rounded.
	 */
	int fraction() default 4;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidNumber, String> {

		private boolean positive;

		private int integer;

		private int fraction;

		@Override
		public void initialize(ValidNumber annotation) {
			this.positive = annotation.positive();
			this.integer = annotation.integer();
			this.fraction = annotation.fraction();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			var number = VietnameseNumbers.parse(value).filter(parsed -> parsed.signum() > (positive ? 0 : -1));
			if (number.isEmpty()) {
				return false;
			}
			var plain = number.get().stripTrailingZeros();
			if (Math.max(plain.scale(), 0) > fraction || plain.precision() - plain.scale() > integer) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{number.digits}").addConstraintViolation();
				return false;
			}
			return true;
		}

	}

}
