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

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidNumber, String> {

		private boolean positive;

		@Override
		public void initialize(ValidNumber annotation) {
			this.positive = annotation.positive();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			return VietnameseNumbers.parse(value).filter(number -> number.signum() > (positive ? 0 : -1)).isPresent();
		}

	}

}
