package vn.thidua.award;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;

/**
 * Writes the registry the rules read: people, awards, yearly ratings, initiatives and
 * discipline records, each within the writer's unit subtree. Decisions and imports will
 * write through here.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
public class AwardRegistry {

	private final People people;

	private final AwardRecords awards;

	private final PerformanceRatings ratings;

	private final Initiatives initiatives;

	private final DisciplineRecords discipline;

	private final UnitCatalog units;

	private final AwardCatalog catalog;

	AwardRegistry(People people, AwardRecords awards, PerformanceRatings ratings, Initiatives initiatives,
			DisciplineRecords discipline, UnitCatalog units, AwardCatalog catalog) {
		this.catalog = catalog;
		this.people = people;
		this.awards = awards;
		this.ratings = ratings;
		this.initiatives = initiatives;
		this.discipline = discipline;
		this.units = units;
	}

	public Person addPerson(String fullName, @Nullable LocalDate birthDate, @Nullable String sex,
			@Nullable String position, long unitId, CurrentUser user) {
		requireScope(unitId, user);
		return people.save(new Person(fullName, birthDate, sex, position, unitId));
	}

	public AwardRecord record(AwardEntry entry, CurrentUser user) {
		requireScope(entry.unitId(), user);
		return awards.save(new AwardRecord(entry, level(entry)));
	}

	private @Nullable AwardLevel level(AwardEntry entry) {
		AwardLevel fixed = catalog.type(entry.awardType()).level();
		if (fixed != null || entry.decidingUnitId() == null) {
			return fixed;
		}
		return AwardLevel.of(units.get(entry.decidingUnitId()).kind());
	}

	public void revoke(long awardId, String decision, String reason, CurrentUser user) {
		revoke(awardId, decision, reason, null, user);
	}

	/**
	 * Revokes an award: it stays in history, marked revoked with the decision, the reason
	 * and the cash to recover, and stops counting for ladders.
	 */
	public void revoke(long awardId, String decision, String reason, @Nullable BigDecimal cashToRecover,
			CurrentUser user) {
		AwardRecord award = awards.findById(awardId).orElseThrow(() -> new NotFoundException("award", awardId));
		requireScope(award.getUnitId(), user);
		award.revoke(decision, reason, cashToRecover);
	}

	public void rate(long personId, int year, Rating rating, CurrentUser user) {
		Person person = person(personId, user);
		ratings.findByPersonIdAndYear(person.getId(), year)
			.ifPresentOrElse(existing -> existing.rate(rating),
					() -> ratings.save(new PerformanceRating(person.getId(), null, year, rating)));
	}

	/**
	 * The rating of a collective for a year, which the collective titles read.
	 */
	public void rateUnit(long unitId, int year, Rating rating, CurrentUser user) {
		requireScope(unitId, user);
		ratings.findByUnitIdAndYear(unitId, year)
			.ifPresentOrElse(existing -> existing.rate(rating),
					() -> ratings.save(new PerformanceRating(null, unitId, year, rating)));
	}

	public void recogniseInitiative(long personId, int year, String title, Influence influence, CurrentUser user) {
		initiatives.save(new Initiative(person(personId, user).getId(), year, title, influence));
	}

	public void recordDiscipline(long personId, String kind, String detail, LocalDate startedOn,
			@Nullable LocalDate endedOn, CurrentUser user) {
		discipline.save(new DisciplineRecord(person(personId, user).getId(), null, kind, detail, startedOn, endedOn));
	}

	/**
	 * A discipline decision against a person with its penalty, which the collective
	 * titles of the person's unit weigh in the year it started.
	 */
	public void recordDiscipline(long personId, DisciplinePenalty penalty, String detail, LocalDate startedOn,
			@Nullable LocalDate endedOn, CurrentUser user) {
		discipline.save(new DisciplineRecord(person(personId, user).getId(), penalty, detail, startedOn, endedOn));
	}

	private Person person(long personId, CurrentUser user) {
		Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
		requireScope(person.getUnitId(), user);
		return person;
	}

	private void requireScope(long unitId, CurrentUser user) {
		if (!units.isWithin(unitId, user.unitId())) {
			throw new NotFoundException("unit", unitId);
		}
	}

}
