package vn.thidua.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.award.AuthorityVerdict;
import vn.thidua.award.Eligibility;
import vn.thidua.award.EligibilityEngine;
import vn.thidua.award.Nominee;
import vn.thidua.award.RuleResult;

/**
 * Checks every line of a proposal in one batch: the eligibility rules in force on the
 * date, whether the deciding unit's head may decide its award that day, and whether
 * another live proposal already nominates the same subject for the same award and year.
 */
@Component
class LineChecker {

	private final EligibilityEngine engine;

	private final JdbcClient jdbc;

	private final ProposalAuthority authority;

	LineChecker(EligibilityEngine engine, JdbcClient jdbc, ProposalAuthority authority) {
		this.engine = engine;
		this.jdbc = jdbc;
		this.authority = authority;
	}

	Map<Long, LineVerdict> check(Proposal proposal, List<ProposalLine> lines, LocalDate on) {
		if (lines.isEmpty()) {
			return Map.of();
		}
		List<Nominee> nominees = lines.stream()
			.map(line -> new Nominee(line.getId(), line.getPersonId(), line.getUnitId(), line.getAwardTypeCode(),
					proposal.getYear()))
			.toList();
		List<Long> ownAwards = lines.stream().map(ProposalLine::getAwardRecordId).filter(Objects::nonNull).toList();
		Map<Long, Eligibility> results = engine.check(nominees, on, proposal.getProposingUnitId(), ownAwards)
			.stream()
			.collect(Collectors.toMap(result -> result.nominee().key(), Function.identity()));
		Map<Long, Earlier> duplicates = duplicates(proposal);
		Map<Long, List<RuleResult>> authorised = authority.results(proposal, lines, on);
		Map<Long, LineVerdict> verdicts = new HashMap<>();
		lines.forEach(line -> {
			Earlier earlier = duplicates.get(line.getId());
			verdicts.put(line.getId(), new LineVerdict(with(results.get(line.getId()), authorised.get(line.getId())),
					earlier == null ? null : earlier.title(), earlier == null ? null : earlier.id()));
		});
		return verdicts;
	}

	/**
	 * Checks subjects that are not yet lines of the proposal, such as the rows of a
	 * sheet, by their keys: the same verdict they would get once added. A fixed number of
	 * queries for any number of nominees.
	 */
	Map<Long, LineVerdict> checkNew(Proposal proposal, List<Nominee> nominees, LocalDate on) {
		if (nominees.isEmpty()) {
			return Map.of();
		}
		Map<String, Earlier> elsewhere = proposedElsewhere(proposal, nominees);
		Map<String, AuthorityVerdict> authorised = authority.judge(proposal,
				nominees.stream().map(Nominee::awardType).toList(), on);
		Map<Long, LineVerdict> verdicts = new HashMap<>();
		engine.check(nominees, on, proposal.getProposingUnitId()).forEach(result -> {
			RuleResult own = ProposalAuthority.result(authorised.get(result.nominee().awardType()));
			Earlier earlier = elsewhere
				.get(subject(result.nominee().personId(), result.nominee().unitId(), result.nominee().awardType()));
			verdicts.put(result.nominee().key(), new LineVerdict(with(result, own == null ? List.of() : List.of(own)),
					earlier == null ? null : earlier.title(), earlier == null ? null : earlier.id()));
		});
		return verdicts;
	}

	/**
	 * The engine's verdict with the authority's results after it.
	 */
	private static Eligibility with(Eligibility eligibility, List<RuleResult> authorised) {
		if (authorised.isEmpty()) {
			return eligibility;
		}
		List<RuleResult> all = new ArrayList<>(eligibility.results());
		all.addAll(authorised);
		return new Eligibility(eligibility.nominee(), all);
	}

	/**
	 * Re-checks the lines and stores each outcome; true when none is blocked and every
	 * warning carries its reason.
	 */
	boolean recheck(Proposal proposal, List<ProposalLine> lines, LocalDate on) {
		Map<Long, LineVerdict> verdicts = check(proposal, lines, on);
		lines.forEach(line -> line.checked(verdicts.get(line.getId()).outcome()));
		return lines.stream().noneMatch(line -> line.getOutcome() == LineOutcome.BLOCKED || line.needsReason());
	}

	/**
	 * Another proposal, sent before this one, that nominates the same subject.
	 */
	record Earlier(long id, String title) {
	}

	/**
	 * Whether the other proposal {@code other} ranks before {@code me}: one subject has
	 * one live proposal per award and year, and the one sent first wins. A proposal never
	 * sent ranks after every sent one, so a later draft never blocks a proposal sent
	 * first; between two sent ones the earlier sending wins, then the older proposal.
	 */
	static final String SENT_BEFORE = """
			(other.sent_at is not null and (me.sent_at is null or other.sent_at < me.sent_at
			 or (other.sent_at = me.sent_at and other.id < me.id)))
			""";

	/**
	 * The other live proposals of the year, sent before this one, that already nominate
	 * these subjects for these awards, by subject.
	 */
	private Map<String, Earlier> proposedElsewhere(Proposal proposal, List<Nominee> nominees) {
		List<Long> people = nominees.stream().map(Nominee::personId).filter(Objects::nonNull).distinct().toList();
		List<Long> collectives = nominees.stream()
			.filter(nominee -> !nominee.isPerson())
			.map(Nominee::unitId)
			.distinct()
			.toList();
		Map<String, Earlier> found = new HashMap<>();
		jdbc.sql("""
				select theirs.person_id, theirs.unit_id, theirs.award_type_code, other.id, other.title
				from proposal_line theirs
				join award_proposal other on other.id = theirs.proposal_id and other.year = :year and other.id <> :id
				join award_proposal me on me.id = :id
				where """ + SENT_BEFORE
				+ """
						      and (theirs.decision is null or theirs.decision = 'APPROVED') and theirs.award_type_code in (:types)
						      and (theirs.person_id in (:people) or (theirs.person_id is null and theirs.unit_id in (:units)))
						order by other.sent_at, other.id, theirs.id
						""")
			.param("year", proposal.getYear())
			.param("id", proposal.getId())
			.param("types", nominees.stream().map(Nominee::awardType).distinct().toList())
			.param("people", people.isEmpty() ? List.of(-1L) : people)
			.param("units", collectives.isEmpty() ? List.of(-1L) : collectives)
			.query((rs, n) -> {
				Long person = rs.getObject(1, Long.class);
				found.putIfAbsent(subject(person, rs.getLong(2), rs.getString(3)),
						new Earlier(rs.getLong(4), rs.getString(5)));
				return null;
			})
			.list();
		return found;
	}

	private static String subject(@Nullable Long personId, long unitId, String awardType) {
		return (personId == null ? "unit:" + unitId : "person:" + personId) + ":" + awardType;
	}

	private Map<Long, Earlier> duplicates(Proposal proposal) {
		Map<Long, Earlier> found = new HashMap<>();
		jdbc.sql("""
				select mine.id, other.id, other.title from proposal_line mine
				join proposal_line theirs on theirs.award_type_code = mine.award_type_code
				     and theirs.proposal_id <> mine.proposal_id
				     and (theirs.person_id = mine.person_id
				          or (mine.person_id is null and theirs.person_id is null and theirs.unit_id = mine.unit_id))
				     and (theirs.decision is null or theirs.decision = 'APPROVED')
				join award_proposal other on other.id = theirs.proposal_id and other.year = :year
				join award_proposal me on me.id = mine.proposal_id
				where mine.proposal_id = :id and """ + SENT_BEFORE + """
				order by other.sent_at, other.id
				""").param("year", proposal.getYear()).param("id", proposal.getId()).query((rs, n) -> {
			found.putIfAbsent(rs.getLong(1), new Earlier(rs.getLong(2), rs.getString(3)));
			return null;
		}).list();
		return found;
	}

}
