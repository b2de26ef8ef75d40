package vn.thidua.award.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import vn.thidua.award.AwardRecord;
import vn.thidua.award.DisciplineDetails;
import vn.thidua.award.DisciplineKind;
import vn.thidua.award.DisciplinePenalty;
import vn.thidua.award.DisciplineRecord;
import vn.thidua.award.Influence;
import vn.thidua.award.Initiative;
import vn.thidua.award.InitiativeDetails;
import vn.thidua.award.Revocation;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.shared.web.Forms;
import vn.thidua.shared.web.ValidDate;
import vn.thidua.shared.web.ValidNumber;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * The forms of the registry facts: an initiative, a discipline record, closing one, and
 * revoking an award. Each carries the version it was loaded at.
 */
final class FactForms {

	/**
	 * Which field a refusal of the service belongs to; the others show above the form.
	 */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("facts.badYear", "year"),
			Map.entry("facts.initiative.futureDecision", "decisionDate"), Map.entry("facts.initiative.title", "title"),
			Map.entry("facts.discipline.penaltyOnlyForDiscipline", "penalty"),
			Map.entry("facts.discipline.startedOn", "startedOn"),
			Map.entry("facts.discipline.endBeforeStart", "endedOn"), Map.entry("facts.discipline.detail", "detail"),
			Map.entry("facts.revocation.unconfirmed", "confirmed"), Map.entry("facts.revocation.futureDate", "date"),
			Map.entry("facts.revocation.beforeDecision", "date"), Map.entry("facts.revocation.decision", "decision"),
			Map.entry("facts.revocation.reason", "reason"), Map.entry("facts.revocation.cash", "cash"));

	private FactForms() {
	}

	static void reject(BindingResult result, BusinessRuleViolation violations, String... fields) {
		Forms.reject(result, violations, key -> {
			String field = FIELDS.get(key);
			return field != null && java.util.Arrays.asList(fields).contains(field) ? field : null;
		});
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		return text == null || text.isBlank() ? null : VietnameseDateFormatter.parse(text);
	}

	private static @Nullable String text(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	record InitiativeForm(@NotBlank @Size(max = 500) String title, @NotNull Influence influence,
			@Nullable @Min(1945) @Max(2100) Integer year, @Nullable @Size(max = 300) String decidingBody,
			@Nullable @Size(max = 60) String decisionNumber, @Nullable @ValidDate String decisionDate,
			@Nullable Long version) {

		static InitiativeForm blank(int year) {
			return new InitiativeForm("", Influence.UNIT, year, null, null, null, null);
		}

		static InitiativeForm of(Initiative initiative) {
			return new InitiativeForm(initiative.getTitle(), initiative.getInfluence(), initiative.getYear(),
					initiative.getDecidingBody(), initiative.getDecisionNumber(), initiative.getDecisionDate() == null
							? null : VietnameseDateFormatter.format(initiative.getDecisionDate()),
					initiative.getVersion());
		}

		/**
		 * Whether a year is known, typed or taken from the decision date.
		 */
		boolean dated() {
			return year != null || (decisionDate != null && !decisionDate.isBlank());
		}

		InitiativeDetails details() {
			LocalDate decided = date(decisionDate);
			return new InitiativeDetails(title.strip(), influence,
					decided != null ? decided.getYear() : year == null ? 0 : year, text(decidingBody),
					text(decisionNumber), decided);
		}

	}

	record DisciplineForm(@NotNull DisciplineKind kind, @Nullable DisciplinePenalty penalty,
			@NotBlank @Size(max = 500) String detail, @Nullable @Size(max = 60) String decisionNumber,
			@NotBlank @ValidDate String startedOn, @Nullable @ValidDate String endedOn, @Nullable Long version) {

		static DisciplineForm blank() {
			return blank(DisciplineKind.DISCIPLINE);
		}

		static DisciplineForm blank(DisciplineKind kind) {
			return new DisciplineForm(kind, null, "", null, "", null, null);
		}

		static DisciplineForm of(DisciplineRecord record) {
			return new DisciplineForm(record.getKind(), record.getPenalty(), record.getDetail(),
					record.getDecisionNumber(), VietnameseDateFormatter.format(record.getStartedOn()),
					record.getEndedOn() == null ? null : VietnameseDateFormatter.format(record.getEndedOn()),
					record.getVersion());
		}

		DisciplineDetails details() {
			return new DisciplineDetails(kind, penalty, detail.strip(), text(decisionNumber),
					VietnameseDateFormatter.parse(startedOn), date(endedOn));
		}

	}

	record CloseForm(@NotBlank @ValidDate String endedOn, @NotNull Long version) {

		static CloseForm of(DisciplineRecord record, LocalDate today) {
			return new CloseForm(VietnameseDateFormatter.format(today), record.getVersion());
		}

	}

	record RevokeForm(@NotBlank @Size(max = 60) String decision, @NotBlank @ValidDate String date,
			@NotBlank @Size(max = 1000) String reason, @Nullable @ValidNumber String cash, @Nullable Boolean confirmed,
			@NotNull Long version) {

		static RevokeForm of(AwardRecord award, LocalDate today) {
			return new RevokeForm("", VietnameseDateFormatter.format(today), "", null, null, award.getVersion());
		}

		boolean isConfirmed() {
			return Boolean.TRUE.equals(confirmed);
		}

		Revocation revocation() {
			BigDecimal amount = cash == null || cash.isBlank() ? null : VietnameseNumbers.parse(cash).orElseThrow();
			return new Revocation(decision.strip(), VietnameseDateFormatter.parse(date), reason.strip(), amount);
		}

	}

}
