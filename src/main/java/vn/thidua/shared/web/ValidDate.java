package vn.thidua.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.text.ParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date typed as text (dd/mm/yyyy), checked with the other fields of its form so that
 * every error shows at once. Empty text is left to {@code @NotBlank}.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidDate.Validator.class)
public @interface ValidDate {

	String message() default "{date.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidDate, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			try {
				if (VietnameseDateFormatter.isWithinRange(VietnameseDateFormatter.parseAnyYear(value))) {
					return true;
				}
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{date.outOfRange}").addConstraintViolation();
				return false;
			}
			catch (ParseException ex) {
				return false;
			}
		}

	}

}
