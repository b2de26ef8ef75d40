package vn.thidua.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.thidua.unit.UnitRow;

/**
 * What the person page shows of the facts the rules read: ratings by year (newest first),
 * initiatives, discipline records with the effect the rules give each of them today, and
 * the person's awards, revoked ones included.
 */
public record PersonFacts(Person person, UnitRow unit, Map<Integer, Rating> ratings, List<Initiative> initiatives,
		List<DisciplineLine> discipline, List<AwardLine> awards, LocalDate today) {

	/**
	 * Whether an open record blocks every proposal for the person today.
	 */
	public boolean blocked() {
		return discipline.stream().anyMatch(line -> line.effect() == Effect.OPEN);
	}

	/**
	 * An award of the person with, once revoked, the revocation's decision.
	 */
	public record AwardLine(long id, int year, String awardTypeCode, String decisionNumber, LocalDate decisionDate,
			boolean revoked, @Nullable String revocationDecision, @Nullable LocalDate revocationDate,
			@Nullable String revocationReason, @Nullable BigDecimal revocationCash) {

		static AwardLine of(AwardRecord award) {
			return new AwardLine(award.getId(), award.getYear(), award.getAwardTypeCode(), award.getDecisionNumber(),
					award.getDecisionDate(), award.isRevoked(), award.getRevocationDecision(),
					award.getRevocationDate(), award.getRevocationReason(), award.getRevocationCash());
		}

	}

	/**
	 * A discipline record and what the eligibility engine reads from it.
	 */
	public record DisciplineLine(DisciplineRecord record, Effect effect) {

		/** The message key of the effect, with the year the collective rules weigh. */
		public String effectKey() {
			return "facts.effect." + effect.name();
		}

		public int year() {
			return record.getStartedOn().getYear();
		}

	}

	/**
	 * The effect of a discipline record on awards as the rules in force read it.
	 */
	public enum Effect {

		/** Open today: no proposal for the person (rule NO_PENDING_DISCIPLINE). */
		OPEN,
		/** Not started yet: blocks proposals from its start day. */
		NOT_STARTED,
		/**
		 * Closed, with a penalty of cảnh cáo or heavier: no longer blocks the person, but
		 * the collective titles of the person's unit for the year it started are refused
		 * (rules TTLDTT_NO_DISCIPLINE, TTLDXS_NO_DISCIPLINE).
		 */
		CLOSED_WEIGHS_ON_COLLECTIVE,
		/** Closed with khiển trách: blocks nothing the rules read any more. */
		CLOSED_REPRIMAND,
		/**
		 * Closed without a penalty, or an investigation, inspection or complaint settled.
		 */
		CLOSED

	}

	static Effect effect(DisciplineRecord record, LocalDate today) {
		if (record.getStartedOn().isAfter(today)) {
			return Effect.NOT_STARTED;
		}
		if (record.isOpenOn(today)) {
			return Effect.OPEN;
		}
		DisciplinePenalty penalty = record.getPenalty();
		if (penalty == null) {
			return Effect.CLOSED;
		}
		return penalty.atLeast(DisciplinePenalty.WARNING) ? Effect.CLOSED_WEIGHS_ON_COLLECTIVE
				: Effect.CLOSED_REPRIMAND;
	}

}
