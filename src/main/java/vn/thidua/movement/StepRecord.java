package vn.thidua.movement;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an officer records when a movement takes a step: the date, and for a review its
 * document.
 */
public record StepRecord(LocalDate takenOn, @Nullable String documentNumber, @Nullable Long attachmentId,
		@Nullable String note) {

}
