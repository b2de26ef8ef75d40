package vn.thidua.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.ObjectError;

import vn.thidua.shared.BusinessRuleViolation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused form shows every problem of the refusal, each beside its field or above the
 * form.
 */
class FormsTests {

	@Test
	void everyProblemOfARefusalLandsOnItsFieldOrAboveTheForm() {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Form(), "form");

		Forms.reject(result, several(), key -> key.startsWith("thing.code") ? "code" : null);

		assertThat(result.getFieldErrors("code")).extracting(ObjectError::getCode).containsExactly("thing.code.taken");
		assertThat(result.getFieldError("code").getArguments()).containsExactly("X1");
		assertThat(result.getGlobalErrors()).extracting(ObjectError::getCode).containsExactly("thing.locked");
	}

	@Test
	void withoutFieldsEveryProblemShowsAboveTheForm() {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Form(), "form");

		Forms.reject(result, several());

		assertThat(result.getGlobalErrors()).extracting(ObjectError::getCode)
			.containsExactly("thing.code.taken", "thing.locked");
	}

	private static BusinessRuleViolation several() {
		try {
			BusinessRuleViolation.throwIfAny(List.of(new BusinessRuleViolation("thing.code.taken", "X1"),
					new BusinessRuleViolation("thing.locked")));
		}
		catch (BusinessRuleViolation violation) {
			return violation;
		}
		throw new AssertionError("two problems are thrown");
	}

	static class Form {

		public String getCode() {
			return "X1";
		}

	}

}
