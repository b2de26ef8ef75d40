package vn.thidua.shared.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import vn.thidua.shared.BusinessRuleViolation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a redirecting action leaves for the next page: its success message, or every
 * problem of its refusal.
 */
class FlashTests {

	RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

	@Test
	void aSucceedingActionFlashesItsSuccessMessage() {
		boolean done = Flash.attempt(redirect, () -> Flash.message("thing.saved", "Tên"));

		assertThat(done).isTrue();
		assertThat(flash()).containsEntry("flashKey", "thing.saved").doesNotContainKey("flashErrorKey");
		assertThat((Object[]) flash().get("flashArgs")).containsExactly("Tên");
	}

	@Test
	void aRefusedActionFlashesItsProblemAndNoSuccess() {
		boolean done = Flash.attempt(redirect, "thing.saved", () -> {
			throw new BusinessRuleViolation("thing.locked", 7);
		});

		assertThat(done).isFalse();
		assertThat(flash()).containsEntry("flashErrorKey", "thing.locked").doesNotContainKey("flashKey");
		assertThat(problems()).extracting(Flash.Message::key).containsExactly("thing.locked");
		assertThat(problems().getFirst().args()).containsExactly(7);
	}

	@Test
	void aRefusalWithSeveralProblemsFlashesEveryOneInOrder() {
		boolean done = Flash.attempt(redirect, "thing.saved",
				() -> BusinessRuleViolation.throwIfAny(List.of(new BusinessRuleViolation("thing.coverMissing"),
						new BusinessRuleViolation("thing.minutesMissing", "2025"))));

		assertThat(done).isFalse();
		assertThat(problems()).extracting(Flash.Message::key)
			.containsExactly("thing.coverMissing", "thing.minutesMissing");
		assertThat(problems().get(1).args()).containsExactly("2025");
		assertThat(flash()).as("the first problem still heads the flash")
			.containsEntry("flashErrorKey", "thing.coverMissing")
			.containsEntry("flashErrorsLed", false);
	}

	@Test
	void aRefusalWithDetailsFlashesItsSentenceToLeadThem() {
		Flash.attempt(redirect, "thing.saved", () -> {
			throw BusinessRuleViolation.withDetails(new BusinessRuleViolation("thing.workLeft", "Xã Một"), List
				.of(new BusinessRuleViolation("thing.accounts", 2L), new BusinessRuleViolation("thing.people", 11L)));
		});

		assertThat(flash()).containsEntry("flashErrorKey", "thing.workLeft").containsEntry("flashErrorsLed", true);
		assertThat(problems()).extracting(Flash.Message::key)
			.containsExactly("thing.workLeft", "thing.accounts", "thing.people");
	}

	@Test
	void anActionThatSaysNothingOnSuccessFlashesOnlyItsRefusal() {
		assertThat(Flash.orError(redirect, () -> {
		})).isTrue();
		assertThat(flash()).isEmpty();

		assertThat(Flash.orError(redirect, () -> {
			throw new BusinessRuleViolation("thing.locked");
		})).isFalse();
		assertThat(problems()).extracting(Flash.Message::key).containsExactly("thing.locked");
	}

	private Map<String, Object> flash() {
		return new HashMap<>(redirect.getFlashAttributes());
	}

	@SuppressWarnings("unchecked")
	private List<Flash.Message> problems() {
		return (List<Flash.Message>) flash().get("flashErrors");
	}

}
