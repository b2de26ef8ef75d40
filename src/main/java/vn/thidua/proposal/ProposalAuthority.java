package vn.thidua.proposal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import vn.thidua.award.AuthorityBook;
import vn.thidua.award.AuthorityVerdict;
import vn.thidua.award.AwardAuthorities;
import vn.thidua.award.AwardAuthority;
import vn.thidua.award.RuleResult;
import vn.thidua.award.Severity;
import vn.thidua.award.UpperAuthority;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;

/**
 * Whether the head of a proposal's deciding unit may decide each line's award on a date,
 * by the stored award authorities: it decides it, it proposes it upward (a province, for
 * the Prime Minister or the President), or it may not. One proposal is decided by one
 * authority: its lines may not mix awards the deciding unit decides with upward ones. The
 * same verdict serves the page, every step and the API.
 */
@Component
class ProposalAuthority {

	static final String RULE = "AUTHORITY";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final AwardAuthorities authorities;

	private final UnitCatalog units;

	ProposalAuthority(AwardAuthorities authorities, UnitCatalog units) {
		this.authorities = authorities;
		this.units = units;
	}

	/**
	 * Who decides a line: the deciding unit itself (null) or an authority above the tree.
	 */
	record Decider(@Nullable UpperAuthority upper) {
	}

	boolean decidesAny(UnitKind kind, LocalDate on) {
		return authorities.book().decidesAny(kind, on);
	}

	UnitKind kind(Proposal proposal) {
		return units.get(proposal.getDecidingUnitId()).kind();
	}

	/**
	 * The verdicts on these award types, keyed by type.
	 */
	Map<String, AuthorityVerdict> judge(Proposal proposal, Collection<String> awardTypes, LocalDate on) {
		AuthorityBook book = authorities.book();
		UnitKind kind = kind(proposal);
		Map<String, AuthorityVerdict> verdicts = new LinkedHashMap<>();
		awardTypes.forEach(type -> verdicts.computeIfAbsent(type, code -> book.judge(code, kind, on)));
		return verdicts;
	}

	/**
	 * The authority's rule results for each line, keyed by line id: whether its award may
	 * be decided here, and a refusal for the lines whose decider differs from the first
	 * line's.
	 */
	Map<Long, List<RuleResult>> results(Proposal proposal, List<ProposalLine> lines, LocalDate on) {
		Map<String, AuthorityVerdict> verdicts = judge(proposal,
				lines.stream().map(ProposalLine::getAwardTypeCode).toList(), on);
		Decider first = lines.stream()
			.map(line -> decider(verdicts.get(line.getAwardTypeCode())))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		Map<Long, List<RuleResult>> results = new LinkedHashMap<>();
		for (ProposalLine line : lines) {
			AuthorityVerdict verdict = verdicts.get(line.getAwardTypeCode());
			List<RuleResult> own = new ArrayList<>();
			RuleResult result = result(verdict);
			if (result != null) {
				own.add(result);
			}
			Decider decider = decider(verdict);
			if (decider != null && first != null && !decider.equals(first)) {
				own.add(new RuleResult(RULE, verdict.legalSource(), Severity.BLOCKING, false, "authority.mixed",
						term("AwardType." + line.getAwardTypeCode()), deciderTerm(decider, verdict),
						deciderTerm(first, verdict)));
			}
			results.put(line.getId(), own);
		}
		return results;
	}

	/**
	 * The rule result of a verdict, or null when no authority is recorded for the date.
	 */
	static @Nullable RuleResult result(AuthorityVerdict verdict) {
		MessageSourceResolvable type = term("AwardType." + verdict.awardType());
		return switch (verdict.outcome()) {
			case DECIDES -> new RuleResult(RULE, verdict.legalSource(), Severity.BLOCKING, true, "authority.decides",
					term("authority.head." + verdict.unitKind()), type);
			case UPWARD -> new RuleResult(RULE, verdict.legalSource(), Severity.BLOCKING, true, "authority.upward",
					type, term("UpperAuthority." + verdict.upperAuthority()));
			case REFUSED -> new RuleResult(RULE, verdict.legalSource(), Severity.BLOCKING, false, "authority.refused",
					refusalArgs(verdict));
			case UNRECORDED -> null;
		};
	}

	/**
	 * Refuses adding awards the deciding unit's head may not decide on the date, or that
	 * another authority decides than the proposal's present lines.
	 */
	void requireDecidable(Proposal proposal, Collection<String> awardTypes, List<ProposalLine> present, LocalDate on) {
		List<String> all = new ArrayList<>(present.stream().map(ProposalLine::getAwardTypeCode).toList());
		all.addAll(awardTypes);
		Map<String, AuthorityVerdict> verdicts = judge(proposal, all, on);
		for (String type : awardTypes) {
			AuthorityVerdict verdict = verdicts.get(type);
			if (verdict.refused()) {
				Object[] args = refusalArgs(verdict);
				Object[] withSource = Arrays.copyOf(args, args.length + 1);
				withSource[args.length] = verdict.legalSource();
				throw new BusinessRuleViolation("authority.refusedLine", withSource);
			}
		}
		Decider first = null;
		AuthorityVerdict firstVerdict = null;
		for (String type : all) {
			AuthorityVerdict verdict = verdicts.get(type);
			Decider decider = decider(verdict);
			if (decider == null) {
				continue;
			}
			if (first == null) {
				first = decider;
				firstVerdict = verdict;
			}
			else if (!first.equals(decider)) {
				throw new BusinessRuleViolation("authority.mixedLine", term("AwardType." + type),
						deciderTerm(decider, verdict), deciderTerm(first, firstVerdict));
			}
		}
	}

	/**
	 * Refuses a step that would have the deciding unit decide what it may not: a line
	 * refused or upward on the date.
	 */
	void requireDecidedHere(Proposal proposal, List<ProposalLine> lines, LocalDate on, String upwardKey) {
		Map<String, AuthorityVerdict> verdicts = judge(proposal,
				lines.stream().map(ProposalLine::getAwardTypeCode).toList(), on);
		for (AuthorityVerdict verdict : verdicts.values()) {
			if (verdict.refused()) {
				Object[] args = refusalArgs(verdict);
				Object[] withSource = Arrays.copyOf(args, args.length + 1);
				withSource[args.length] = verdict.legalSource();
				throw new BusinessRuleViolation("authority.refusedLine", withSource);
			}
			if (verdict.outcome() == AuthorityVerdict.Outcome.UPWARD) {
				throw new BusinessRuleViolation(upwardKey, term("AwardType." + verdict.awardType()),
						term("UpperAuthority." + verdict.upperAuthority()), verdict.legalSource());
			}
		}
	}

	/**
	 * The authority above the tree that decides every line, or null when the deciding
	 * unit decides any of them (or none is recorded).
	 */
	@Nullable UpperAuthority upward(Proposal proposal, List<ProposalLine> lines, LocalDate on) {
		if (lines.isEmpty()) {
			return null;
		}
		Map<String, AuthorityVerdict> verdicts = judge(proposal,
				lines.stream().map(ProposalLine::getAwardTypeCode).toList(), on);
		UpperAuthority upper = null;
		for (AuthorityVerdict verdict : verdicts.values()) {
			if (verdict.outcome() != AuthorityVerdict.Outcome.UPWARD
					|| (upper != null && upper != verdict.upperAuthority())) {
				return null;
			}
			upper = verdict.upperAuthority();
		}
		return upper;
	}

	private static @Nullable Decider decider(@Nullable AuthorityVerdict verdict) {
		if (verdict == null) {
			return null;
		}
		return switch (verdict.outcome()) {
			case DECIDES -> new Decider(null);
			case UPWARD -> new Decider(verdict.upperAuthority());
			case REFUSED, UNRECORDED -> null;
		};
	}

	private static MessageSourceResolvable deciderTerm(Decider decider, AuthorityVerdict verdict) {
		return decider.upper() == null ? term("authority.head." + verdict.unitKind())
				: term("UpperAuthority." + decider.upper());
	}

	private static Object[] refusalArgs(AuthorityVerdict verdict) {
		List<MessageSourceResolvable> holders = verdict.holders()
			.stream()
			.map(AwardAuthority::holderKey)
			.distinct()
			.map(ProposalAuthority::term)
			.toList();
		return new Object[] { term("authority.head." + verdict.unitKind()), term("AwardType." + verdict.awardType()),
				verdict.on().format(DATE), new DefaultMessageSourceResolvable(
						new String[] { "authority.holders." + holders.size() }, holders.toArray()) };
	}

	private static MessageSourceResolvable term(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

}
