package vn.thidua.shared.web;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The one mapping from a status to its badge style, used by every template as
 * {@code th:classappend="${@badges.tone('ReportStatus', report.status)}"}: each status
 * means one of a few tones, and the tones are the one block of badge styles in
 * {@code app.css} (readable on white and in print). A status missing here shows as
 * {@code tone-unknown}, which no stylesheet defines: {@code StatusBadgesTests} lists the
 * status enums and fails if one of their values is missing.
 */
@Component("badges")
public class StatusBadges {

	/** Tone names; each is a class {@code tone-<name>} in app.css. */
	public static final String DRAFT = "tone-draft", ACTIVE = "tone-active", WAITING = "tone-waiting",
			ATTENTION = "tone-attention", DONE = "tone-done", REFUSED = "tone-refused", CLOSED = "tone-closed",
			HONOUR = "tone-honour";

	private static final Map<String, Map<String, String>> TONES = Map.of(
			// a movement's life
			"MovementStatus",
			Map.of("DRAFT", DRAFT, "LAUNCHED", ACTIVE, "MID_TERM_REVIEWED", ACTIVE, "FINAL_REVIEWED", DONE, "CLOSED",
					CLOSED),
			// a unit's progress report
			"ReportStatus", Map.of("SUBMITTED", WAITING, "RETURNED", ATTENTION, "ACCEPTED", DONE),
			// a cluster's review and pact
			"ReviewStatus", Map.of("OPEN", ACTIVE, "FINALISED", DONE), "PactStatus",
			Map.of("DRAFT", DRAFT, "SIGNED", DONE),
			// a member's classification in a cluster ranking
			"Classification", Map.of("EXCELLENT", HONOUR, "GOOD", DONE, "FAIR", ATTENTION, "NOT_COMPLETED", REFUSED),
			// a proposal's way from draft to award
			"ProposalStatus",
			Map.ofEntries(Map.entry("DRAFT", DRAFT), Map.entry("SUBMITTED", WAITING), Map.entry("IN_APPRAISAL", ACTIVE),
					Map.entry("RETURNED", ATTENTION), Map.entry("PUBLISHED", ACTIVE), Map.entry("VOTING", ACTIVE),
					Map.entry("VOTED", ACTIVE), Map.entry("DECIDED", DONE), Map.entry("ISSUED", DONE),
					Map.entry("AWARDED", DONE), Map.entry("FORWARDED", WAITING)),
			// rules and quotas by their effective dates
			"RuleStatus", Map.of("NOT_YET", WAITING, "IN_FORCE", DONE, "ENDED", CLOSED), "QuotaStatus",
			Map.of("NOT_YET", WAITING, "IN_FORCE", DONE, "ENDED", CLOSED),
			// a plan of unit mergers and splits
			"ReorganisationStatus", Map.of("DRAFT", DRAFT, "APPLIED", DONE),
			// a movement step recorded by mistake and withdrawn
			"StepState", Map.of("STANDING", DONE, "WITHDRAWN", CLOSED));

	/**
	 * The badge class of a status of the given kind (the simple name of its enum).
	 */
	public String tone(String kind, Object status) {
		String name = status instanceof Enum<?> value ? value.name() : String.valueOf(status);
		return TONES.getOrDefault(kind, Map.of()).getOrDefault(name, "tone-unknown");
	}

	/**
	 * The kinds mapped, for the test that every value of each has a tone.
	 */
	static Map<String, Map<String, String>> tones() {
		return TONES;
	}

}
