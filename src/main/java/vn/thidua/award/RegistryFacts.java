package vn.thidua.award;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * The facts the eligibility rules read, written in the app: yearly ratings of people and
 * collectives, initiatives, discipline records and revocations of awards. Every read and
 * write checks the user's unit subtree; every write checks the version the user saw and
 * is audited (the entities are).
 */
@Service
@Transactional
public class RegistryFacts {

	/** The largest cash to recover a revocation takes (numeric(14, 0)). */
	static final BigDecimal MAX_CASH = new BigDecimal("99999999999999");

	private final People people;

	private final PerformanceRatings ratings;

	private final Initiatives initiatives;

	private final DisciplineRecords discipline;

	private final AwardRecords awards;

	private final UnitCatalog units;

	private final JdbcClient jdbc;

	private final Clock clock;

	RegistryFacts(People people, PerformanceRatings ratings, Initiatives initiatives, DisciplineRecords discipline,
			AwardRecords awards, UnitCatalog units, JdbcClient jdbc, Clock clock) {
		this.people = people;
		this.ratings = ratings;
		this.initiatives = initiatives;
		this.discipline = discipline;
		this.awards = awards;
		this.units = units;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// ---- ratings

	/**
	 * The grid of a unit's ratings for a year, within the user's subtree.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public RatingGrid ratingGrid(long unitId, int year, CurrentUser user) {
		UnitRow unit = unitInScope(unitId, user);
		checkYear(year);
		List<RatingGrid.Line> lines = new ArrayList<>(jdbc.sql("""
				select u.id, u.name, u.code, r.rating, r.version from unit u
				left join performance_rating r on r.unit_id = u.id and r.year = :year
				where u.id = :unit or (u.parent_id = :unit and u.active)
				order by u.id <> :unit, u.path
				""")
			.param("unit", unitId)
			.param("year", year)
			.query((rs, n) -> new RatingGrid.Line("u" + rs.getLong(1), false, rs.getLong(1), rs.getString(2),
					rs.getString(3), rating(rs.getString(4)), (Long) rs.getObject(5, Long.class)))
			.list());
		lines.addAll(jdbc.sql("""
				select p.id, p.full_name, p.position, r.rating, r.version from person p
				left join performance_rating r on r.person_id = p.id and r.year = :year
				where p.unit_id = :unit
				order by p.full_name, p.id
				""")
			.param("unit", unitId)
			.param("year", year)
			.query((rs, n) -> new RatingGrid.Line("p" + rs.getLong(1), true, rs.getLong(1), rs.getString(2),
					rs.getString(3), rating(rs.getString(4)), (Long) rs.getObject(5, Long.class)))
			.list());
		return new RatingGrid(unit, year, lines);
	}

	/**
	 * Saves the cells of a unit's grid for a year, all or nothing: the problems of the
	 * refused cells by key, or none when every cell was saved. A blank cell clears the
	 * rating; a cell whose row changed since it was read is refused as stale.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Map<String, RatingGrid.Problem> rate(long unitId, int year, List<RatingGrid.Cell> cells, CurrentUser user) {
		RatingGrid grid = ratingGrid(unitId, year, user);
		Map<String, RatingGrid.Problem> problems = new LinkedHashMap<>();
		Map<RatingGrid.Line, Optional<Rating>> changes = new LinkedHashMap<>();
		for (RatingGrid.Cell cell : cells) {
			RatingGrid.Line line = grid.line(cell.key());
			if (line == null) {
				problems.put(cell.key(), new RatingGrid.Problem("facts.rating.notInGrid"));
				continue;
			}
			String text = cell.text() == null ? "" : cell.text().strip();
			Optional<Rating> rating = text.isEmpty() ? Optional.empty() : Rating.parse(text);
			if (!text.isEmpty() && rating.isEmpty()) {
				problems.put(cell.key(), new RatingGrid.Problem("facts.rating.unknown", text));
			}
			else if (!Objects.equals(cell.version(), line.version())) {
				problems.put(cell.key(), new RatingGrid.Problem("facts.rating.stale", line.name()));
			}
			else if (changes.put(line, rating) != null) {
				problems.put(cell.key(), new RatingGrid.Problem("facts.rating.twice"));
			}
		}
		if (problems.isEmpty()) {
			changes.forEach((line, rating) -> write(line, year, rating.orElse(null), user));
		}
		return problems;
	}

	private void write(RatingGrid.Line line, int year, @Nullable Rating rating, CurrentUser user) {
		Optional<PerformanceRating> stored = line.person() ? ratings.findByPersonIdAndYear(line.subjectId(), year)
				: ratings.findByUnitIdAndYear(line.subjectId(), year);
		if (rating == null) {
			stored.ifPresent(ratings::delete);
		}
		else if (stored.isPresent()) {
			if (stored.get().getRating() != rating) {
				stored.get().rate(rating, user.username(), clock.instant());
			}
		}
		else {
			PerformanceRating fresh = line.person() ? new PerformanceRating(line.subjectId(), null, year, rating)
					: new PerformanceRating(null, line.subjectId(), year, rating);
			fresh.rate(rating, user.username(), clock.instant());
			ratings.save(fresh);
		}
	}

	/**
	 * A person's rating for a year as an import writes it: stored, changed or left as it
	 * is. Answers whether anything changed.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public boolean ratePerson(long personId, int year, Rating rating, CurrentUser user) {
		person(personId, user);
		return importRating(new RatingGrid.Line("p" + personId, true, personId, "", null, null, null), year, rating,
				user);
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public boolean rateCollective(long unitId, int year, Rating rating, CurrentUser user) {
		unitInScope(unitId, user);
		return importRating(new RatingGrid.Line("u" + unitId, false, unitId, "", null, null, null), year, rating, user);
	}

	private boolean importRating(RatingGrid.Line line, int year, Rating rating, CurrentUser user) {
		checkYear(year);
		Optional<PerformanceRating> stored = line.person() ? ratings.findByPersonIdAndYear(line.subjectId(), year)
				: ratings.findByUnitIdAndYear(line.subjectId(), year);
		if (stored.isPresent() && stored.get().getRating() == rating) {
			return false;
		}
		write(line, year, rating, user);
		return true;
	}

	void checkYear(int year) {
		if (year < 1945 || year > LocalDate.now(clock).getYear()) {
			throw new BusinessRuleViolation("facts.badYear", String.valueOf(year),
					String.valueOf(LocalDate.now(clock).getYear()));
		}
	}

	private static @Nullable Rating rating(@Nullable String name) {
		return name == null ? null : Rating.valueOf(name);
	}

	// ---- a person's facts

	/**
	 * What the registry holds about a person beyond the award list: ratings, initiatives,
	 * discipline records with the effect the rules give them today, and the awards with
	 * their revocations.
	 */
	@Transactional(readOnly = true)
	public PersonFacts personFacts(long personId, CurrentUser user) {
		Person person = person(personId, user);
		Map<Integer, Rating> byYear = new TreeMap<>(Comparator.reverseOrder());
		ratings.findByPersonIdOrderByYearDesc(personId)
			.forEach(rating -> byYear.put(rating.getYear(), rating.getRating()));
		return facts(person, units.get(person.getUnitId()), byYear,
				awards.findByPersonIdOrderByYearDescIdDesc(personId).stream().map(PersonFacts.AwardLine::of).toList());
	}

	/**
	 * The facts of the person page, from the history it already read within the user's
	 * scope: only the initiatives, the discipline records and the revocations are read
	 * (the last only when an award is revoked), so that the page costs a fixed few
	 * queries more.
	 */
	@Transactional(readOnly = true)
	public PersonFacts personFacts(PersonHistory history, UnitRow unit, CurrentUser user) {
		Person person = history.person();
		if (person.getUnitId() != unit.id() || !units.isWithin(unit.id(), user.unitId())) {
			throw new NotFoundException("person", person.getId());
		}
		Map<Integer, Rating> byYear = new TreeMap<>(Comparator.reverseOrder());
		byYear.putAll(history.ratings());
		List<Long> revokedIds = history.awards().stream().filter(AwardRow::revoked).map(AwardRow::id).toList();
		Map<Long, AwardRecord> revoked = new HashMap<>();
		if (!revokedIds.isEmpty()) {
			awards.findByIds(revokedIds.toArray(Long[]::new)).forEach(award -> revoked.put(award.getId(), award));
		}
		List<PersonFacts.AwardLine> lines = history.awards()
			.stream()
			.map(row -> revoked.containsKey(row.id()) ? PersonFacts.AwardLine.of(revoked.get(row.id()))
					: new PersonFacts.AwardLine(row.id(), row.year(), row.awardType(), row.decisionNumber(),
							row.decisionDate(), row.revoked(), null, null, row.revocationReason(), null))
			.toList();
		return facts(person, unit, byYear, lines);
	}

	private PersonFacts facts(Person person, UnitRow unit, Map<Integer, Rating> byYear,
			List<PersonFacts.AwardLine> lines) {
		LocalDate today = LocalDate.now(clock);
		List<PersonFacts.DisciplineLine> records = discipline.findByPersonIdOrderByStartedOnDesc(person.getId())
			.stream()
			.map(record -> new PersonFacts.DisciplineLine(record, PersonFacts.effect(record, today)))
			.toList();
		return new PersonFacts(person, unit, byYear, initiatives.findByPersonIdOrderByYearDescIdDesc(person.getId()),
				records, lines, today);
	}

	/**
	 * Refuses a user who may not write the facts (the pages of empty forms ask).
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public void checkOfficer(CurrentUser user) {
		// the annotation does the check
	}

	// ---- initiatives

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Initiative initiative(long id, CurrentUser user) {
		Initiative initiative = initiatives.findById(id).orElseThrow(() -> new NotFoundException("initiative", id));
		person(initiative.getPersonId(), user);
		return initiative;
	}

	@Transactional(readOnly = true)
	public List<Initiative> initiatives(long personId, CurrentUser user) {
		person(personId, user);
		return initiatives.findByPersonIdOrderByYearDescIdDesc(personId);
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Initiative recognise(long personId, InitiativeDetails details, CurrentUser user) {
		person(personId, user);
		return initiatives.save(new Initiative(personId, check(details)));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Initiative changeInitiative(long id, long version, InitiativeDetails details, CurrentUser user) {
		Initiative initiative = initiative(id, user);
		StaleEditException.check("initiative", id, version, initiative.getVersion());
		initiative.change(check(details));
		initiatives.flush();
		return initiative;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public void deleteInitiative(long id, long version, CurrentUser user) {
		Initiative initiative = initiative(id, user);
		StaleEditException.check("initiative", id, version, initiative.getVersion());
		initiatives.delete(initiative);
	}

	/**
	 * Whether the person already has an initiative of that title in that year (an import
	 * skips it).
	 */
	@Transactional(readOnly = true)
	public boolean hasInitiative(long personId, String title, int year) {
		return initiatives.existsByPersonIdAndTitleAndYear(personId, title, year);
	}

	private InitiativeDetails check(InitiativeDetails typed) {
		InitiativeDetails details = typed.normalised();
		LocalDate today = LocalDate.now(clock);
		if (details.decisionDate() != null && details.decisionDate().isAfter(today)) {
			throw new BusinessRuleViolation("facts.initiative.futureDecision");
		}
		checkYear(details.year());
		if (details.title().isBlank() || details.title().length() > 500) {
			throw new BusinessRuleViolation("facts.initiative.title");
		}
		return details;
	}

	// ---- discipline

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public DisciplineRecord disciplineRecord(long id, CurrentUser user) {
		DisciplineRecord record = discipline.findById(id).orElseThrow(() -> new NotFoundException("discipline", id));
		if (record.getPersonId() != null) {
			person(record.getPersonId(), user);
		}
		else {
			unitInScope(java.util.Objects.requireNonNull(record.getUnitId()), user);
		}
		return record;
	}

	@Transactional(readOnly = true)
	public List<DisciplineRecord> disciplineRecords(long personId, CurrentUser user) {
		person(personId, user);
		return discipline.findByPersonIdOrderByStartedOnDesc(personId);
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public DisciplineRecord recordDiscipline(long personId, DisciplineDetails details, CurrentUser user) {
		person(personId, user);
		return discipline.save(new DisciplineRecord(personId, check(details)));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public DisciplineRecord changeDiscipline(long id, long version, DisciplineDetails details, CurrentUser user) {
		DisciplineRecord record = disciplineRecord(id, user);
		StaleEditException.check("discipline", id, version, record.getVersion());
		record.change(check(details));
		discipline.flush();
		return record;
	}

	/**
	 * Closes an open record on the day it ended (the discipline was served, the
	 * investigation or complaint settled).
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public DisciplineRecord closeDiscipline(long id, long version, LocalDate endedOn, CurrentUser user) {
		DisciplineRecord record = disciplineRecord(id, user);
		StaleEditException.check("discipline", id, version, record.getVersion());
		if (record.getEndedOn() != null) {
			throw new BusinessRuleViolation("facts.discipline.alreadyClosed");
		}
		check(new DisciplineDetails(record.getKind(), record.getPenalty(), record.getDetail(),
				record.getDecisionNumber(), record.getStartedOn(), endedOn));
		record.close(endedOn);
		discipline.flush();
		return record;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public void deleteDiscipline(long id, long version, CurrentUser user) {
		DisciplineRecord record = disciplineRecord(id, user);
		StaleEditException.check("discipline", id, version, record.getVersion());
		discipline.delete(record);
	}

	/**
	 * A collective whose facts the user may read.
	 */
	@Transactional(readOnly = true)
	public UnitRow collective(long unitId, CurrentUser user) {
		return unitInScope(unitId, user);
	}

	/**
	 * The records of a collective itself (not of its people), which the rules read for
	 * collective titles.
	 */
	@Transactional(readOnly = true)
	public List<DisciplineRecord> unitDisciplineRecords(long unitId, CurrentUser user) {
		unitInScope(unitId, user);
		return discipline.findByUnitIdOrderByStartedOnDesc(unitId);
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public DisciplineRecord recordUnitDiscipline(long unitId, DisciplineDetails details, CurrentUser user) {
		unitInScope(unitId, user);
		return discipline.save(DisciplineRecord.ofUnit(unitId, check(details, true)));
	}

	@Transactional(readOnly = true)
	public boolean hasUnitDiscipline(long unitId, DisciplineKind kind, LocalDate startedOn) {
		return discipline.existsByUnitIdAndKindAndStartedOn(unitId, kind.name(), startedOn);
	}

	@Transactional(readOnly = true)
	public boolean hasDiscipline(long personId, DisciplineKind kind, LocalDate startedOn) {
		return discipline.existsByPersonIdAndKindAndStartedOn(personId, kind.name(), startedOn);
	}

	private DisciplineDetails check(DisciplineDetails details) {
		return check(details, false);
	}

	/** Every problem of a record at once, so that the form shows them together. */
	private DisciplineDetails check(DisciplineDetails details, boolean collective) {
		LocalDate today = LocalDate.now(clock);
		List<BusinessRuleViolation> found = new ArrayList<>();
		if (details.penalty() != null && collective) {
			found.add(new BusinessRuleViolation("facts.discipline.noPenaltyForCollective"));
		}
		else if (details.penalty() != null && details.kind() != DisciplineKind.DISCIPLINE) {
			found.add(new BusinessRuleViolation("facts.discipline.penaltyOnlyForDiscipline"));
		}
		if (details.startedOn().isAfter(today) || details.startedOn().getYear() < 1945) {
			found.add(new BusinessRuleViolation("facts.discipline.startedOn"));
		}
		if (details.endedOn() != null && details.endedOn().isBefore(details.startedOn())) {
			found.add(new BusinessRuleViolation("facts.discipline.endBeforeStart"));
		}
		if (details.detail().isBlank() || details.detail().length() > 500) {
			found.add(new BusinessRuleViolation("facts.discipline.detail"));
		}
		if (details.decisionNumber() != null && details.decisionNumber().length() > 60) {
			found.add(new BusinessRuleViolation("facts.decisionNumber.tooLong"));
		}
		BusinessRuleViolation.throwIfAny(found);
		return details;
	}

	// ---- revocation

	/**
	 * An award the user may revoke: an officer of the unit that decided it (or, when that
	 * is not known, as for imported awards, of the subject's unit), or an administrator.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public AwardRecord revocable(long awardId, CurrentUser user) {
		AwardRecord award = awards.findById(awardId).orElseThrow(() -> new NotFoundException("award", awardId));
		if (!mayRevoke(award, user)) {
			throw new NotFoundException("award", awardId);
		}
		return award;
	}

	/**
	 * Whether the award was decided within the user's subtree (or, when the deciding unit
	 * is not known, given within it).
	 */
	public boolean mayRevoke(AwardRecord award, CurrentUser user) {
		long scope = award.getDecidingUnitId() != null ? award.getDecidingUnitId() : award.getUnitId();
		return units.isWithin(scope, user.unitId());
	}

	/**
	 * Revokes an award: irreversible, so the user must have confirmed it. The award stays
	 * in the registry, marked revoked, and stops counting for ladders and collective
	 * titles.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public AwardRecord revoke(long awardId, long version, Revocation revocation, boolean confirmed, CurrentUser user) {
		AwardRecord award = revocable(awardId, user);
		StaleEditException.check("award", awardId, version, award.getVersion());
		if (!confirmed) {
			throw new BusinessRuleViolation("facts.revocation.unconfirmed");
		}
		if (revocation.date().isAfter(LocalDate.now(clock))) {
			throw new BusinessRuleViolation("facts.revocation.futureDate");
		}
		if (revocation.decision().isBlank() || revocation.decision().length() > 60) {
			throw new BusinessRuleViolation("facts.revocation.decision");
		}
		if (revocation.reason().isBlank() || revocation.reason().length() > 1000) {
			throw new BusinessRuleViolation("facts.revocation.reason");
		}
		BigDecimal cash = revocation.cashToRecover();
		if (cash != null
				&& (cash.signum() < 0 || cash.compareTo(MAX_CASH) > 0 || cash.stripTrailingZeros().scale() > 0)) {
			throw new BusinessRuleViolation("facts.revocation.cash");
		}
		award.revoke(revocation.decision(), revocation.date(), revocation.reason(), cash);
		awards.flush();
		return award;
	}

	/**
	 * The awards of a decision number given to a subject, as the revocation import looks
	 * them up: a person, or a collective (no person) of a unit.
	 */
	@Transactional(readOnly = true)
	public List<AwardRecord> awardsOfDecision(String decisionNumber, @Nullable Long personId, long unitId) {
		return personId != null ? awards.findByDecisionNumberAndPersonId(decisionNumber, personId)
				: awards.findByDecisionNumberAndUnitIdAndPersonIdIsNull(decisionNumber, unitId);
	}

	// ---- scope

	private Person person(long personId, CurrentUser user) {
		Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
		if (!units.isWithin(person.getUnitId(), user.unitId())) {
			throw new NotFoundException("person", personId);
		}
		return person;
	}

	private UnitRow unitInScope(long unitId, CurrentUser user) {
		UnitRow unit = units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
		if (!units.isWithin(unitId, user.unitId())) {
			throw new NotFoundException("unit", unitId);
		}
		return unit;
	}

}
