package vn.thidua.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a rule checks. Each kind reads the registry and the rule's parameters and explains
 * its verdict with a message key and the records behind it; a rule of kind
 * {@link #LADDER_EXCLUDES_KINDS} only says which award kinds ladders ignore. The
 * {@code MEMBER_…} kinds judge a collective by its members in the year: those that hold
 * an award type ({@code awardType}) or a rating ({@code minRating}).
 */
public enum CheckKind {

	LADDER_EXCLUDES_KINDS {
		@Override
		@Nullable RuleResult check(Rule rule, Nominee nominee, Registry registry) {
			return null;
		}
	},

	NO_PENDING_DISCIPLINE {
		@Override
		RuleResult check(Rule rule, Nominee nominee, Registry registry) {
			String pending = registry.discipline(nominee);
			return pending == null ? pass(rule, "rule.discipline.passed")
					: fail(rule, "rule.discipline.failed", pending);
		}
	},

	NOT_ALREADY_AWARDED_IN_YEAR {
		@Override
		RuleResult check(Rule rule, Nominee nominee, Registry registry) {
			return registry.awards(nominee)
				.stream()
				.filter(award -> !award.revoked() && award.type().equals(nominee.awardType())
						&& award.year() == nominee.year())
				.findFirst()
				.map(award -> fail(rule, "rule.duplicate.failed", year(nominee), award.decisionNumber()))
				.orElseGet(() -> pass(rule, "rule.duplicate.passed", year(nominee)));
		}
	},

	RATING_IN_YEAR {
		@Override
		RuleResult check(Rule rule, Nominee nominee, Registry registry) {
			Rating required = Rating.valueOf(rule.text("minRating"));
			Rating rating = registry.ratings(nominee).get(nominee.year());
			if (rating == null) {
				return fail(rule, "rule.rating.missing", year(nominee), term("Rating." + required));
			}
			return rating.atLeast(required) ? pass(rule, "rule.rating.passed", year(nominee), term("Rating." + rating))
					: fail(rule, "rule.rating.failed", year(nominee), term("Rating." + rating),
							term("Rating." + required));
		}
	},

	INITIATIVE_IN_YEARS {
		@Override
		RuleResult check(Rule rule, Nominee nominee, Registry registry) {
			Influence required = Influence.valueOf(rule.text("minInfluence"));
			int from = nominee.year() - rule.number("years") + 1;
			List<InitiativeFact> found = registry.initiatives(nominee)
				.stream()
				.filter(initiative -> initiative.year() >= from && initiative.year() <= nominee.year()
						&& initiative.influence().atLeast(required))
				.toList();
			String range = from == nominee.year() ? String.valueOf(from) : from + "–" + nominee.year();
			return found.size() >= rule.number("count")
					? pass(rule, "rule.initiative.passed", found.size(), term("Influence." + required), range)
					: fail(rule, "rule.initiative.failed", rule.number("count"), term("Influence." + required), range,
							found.size());
		}
	},

	CONSECUTIVE_AWARDS {
		@Override
		RuleResult check(Rule rule, Nominee nominee, Registry registry) {
			String type = rule.text("awardType");
			int end = nominee.year() - rule.number("endOffset");
			List<Integer> years = IntStream.rangeClosed(end - rule.number("count") + 1, end).boxed().toList();
			Set<Integer> held = yearsOf(registry.ladder(nominee), type);
			List<Integer> have = years.stream().filter(held::contains).toList();
			List<Integer> missing = years.stream().filter(year -> !held.contains(year)).toList();
			if (missing.isEmpty()) {
				return pass(rule, "rule.consecutive.passed", years.size(), term("AwardType." + type), join(have));
			}
			if (rule.optionalText("orRating") != null && alternativeHolds(rule, nominee, registry, years)) {
				return pass(rule, "rule.consecutive.alternative", years.size(), term("Rating." + rule.text("orRating")),
						rule.number("orInitiatives"));
			}
			List<AwardFact> ignored = registry.notCounted(nominee, type, missing);
			if (!ignored.isEmpty()) {
				return fail(rule, "rule.consecutive.failedIgnoring", years.size(), term("AwardType." + type),
						have.isEmpty() ? "—" : join(have), join(missing), notCounted(ignored));
			}
			return fail(rule, "rule.consecutive.failed", years.size(), term("AwardType." + type),
					have.isEmpty() ? "—" : join(have), join(missing));
		}
	},

	YEARS_SINCE_PREREQUISITE {
		@Override
		RuleResult check(Rule rule, Nominee nominee, Registry registry) {
			String prerequisite = rule.text("prerequisite");
			List<AwardFact> ladder = registry.ladder(nominee);
			Integer since = ladder.stream()
				.filter(award -> award.type().equals(prerequisite) && award.year() < nominee.year())
				.map(AwardFact::year)
				.max(Integer::compare)
				.orElse(null);
			if (since == null) {
				return fail(rule, "rule.prerequisite.missing", term("AwardType." + prerequisite));
			}
			int count = rule.number("years");
			List<Integer> window = IntStream.rangeClosed(nominee.year() - count + 1, nominee.year()).boxed().toList();
			if (window.getFirst() <= since) {
				return fail(rule, "rule.prerequisite.tooRecent", term("AwardType." + prerequisite),
						String.valueOf(since), count, String.valueOf(since + count));
			}
			Rating minRating = Rating.valueOf(rule.text("minRating"));
			Map<Integer, Rating> ratings = registry.ratings(nominee);
			List<Integer> unrated = window.stream()
				.filter(year -> ratings.get(year) == null || !ratings.get(year).atLeast(minRating))
				.toList();
			if (!unrated.isEmpty()) {
				return fail(rule, "rule.prerequisite.ratings", count, term("Rating." + minRating), join(unrated));
			}
			String type = rule.text("awardType");
			Set<Integer> held = yearsOf(ladder, type);
			long awards = window.stream().filter(held::contains).count();
			long excellent = window.stream().filter(year -> ratings.get(year) == Rating.EXCELLENT).count();
			if (awards < rule.number("awardCount")) {
				return fail(rule, "rule.prerequisite.awards", rule.number("awardCount"), term("AwardType." + type),
						awards);
			}
			if (excellent < rule.number("excellentCount")) {
				return fail(rule, "rule.prerequisite.excellent", rule.number("excellentCount"), excellent);
			}
			return pass(rule, "rule.prerequisite.passed", term("AwardType." + prerequisite), String.valueOf(since),
					count, awards);
		}
	},

	LEADS_CLUSTER {
		@Override
		RuleResult check(Rule rule, Nominee nominee, Registry registry) {
			boolean led = registry.yearsLed().getOrDefault(nominee.unitId(), Set.of()).contains(nominee.year());
			return led ? pass(rule, "rule.leadsCluster.passed", year(nominee))
					: fail(rule, "rule.leadsCluster.failed", year(nominee));
		}
	},

	AWARD_IN_YEAR {
		@Override
		RuleResult check(Rule rule, Nominee nominee, Registry registry) {
			String type = rule.text("awardType");
			if (yearsOf(registry.ladder(nominee), type).contains(nominee.year())) {
				return pass(rule, "rule.awardInYear.passed", term("AwardType." + type), year(nominee));
			}
			if (registry.proposedAlongside(nominee, type)) {
				return pass(rule, "rule.awardInYear.alongside", term("AwardType." + type), year(nominee));
			}
			List<AwardFact> ignored = registry.notCounted(nominee, type, List.of(nominee.year()));
			return ignored.isEmpty() ? fail(rule, "rule.awardInYear.failed", term("AwardType." + type), year(nominee))
					: fail(rule, "rule.awardInYear.failedIgnoring", term("AwardType." + type), year(nominee),
							notCounted(ignored));
		}
	},

	/**
	 * A share of the members, {@code percent} or more, or more than it when
	 * {@code strict}.
	 */
	MEMBER_SHARE {
		@Override
		RuleResult check(Rule rule, Nominee nominee, Registry registry) {
			MemberFacts members = registry.members(nominee);
			if (members.count() == 0) {
				return fail(rule, "rule.memberShare.noMembers");
			}
			int holding = holding(rule, members);
			BigDecimal required = rule.decimal("percent");
			boolean strict = rule.flag("strict");
			int compared = BigDecimal.valueOf(100L * holding)
				.compareTo(required.multiply(BigDecimal.valueOf(members.count())));
			BigDecimal share = BigDecimal.valueOf(100L * holding)
				.divide(BigDecimal.valueOf(members.count()), 1, RoundingMode.DOWN);
			Object[] args = { holding, members.count(), share, held(rule), year(nominee), needed(required, strict) };
			return (strict ? compared > 0 : compared >= 0) ? pass(rule, "rule.memberShare.passed", args)
					: fail(rule, "rule.memberShare.failed", args);
		}
	},

	/**
	 * At least {@code min} members.
	 */
	MEMBER_COUNT {
		@Override
		RuleResult check(Rule rule, Nominee nominee, Registry registry) {
			int holding = holding(rule, registry.members(nominee));
			int required = rule.number("min");
			Object[] args = { holding, held(rule), year(nominee), required };
			return holding >= required ? pass(rule, "rule.memberCount.passed", args)
					: fail(rule, "rule.memberCount.failed", args);
		}
	},

	/**
	 * No member disciplined in the year with {@code minPenalty} or heavier.
	 */
	NO_MEMBER_DISCIPLINED {
		@Override
		RuleResult check(Rule rule, Nominee nominee, Registry registry) {
			DisciplinePenalty penalty = DisciplinePenalty.valueOf(rule.text("minPenalty"));
			List<String> disciplined = registry.members(nominee).disciplinedAtLeast(penalty);
			return disciplined.isEmpty()
					? pass(rule, "rule.memberDiscipline.passed", year(nominee), term("DisciplinePenalty." + penalty))
					: fail(rule, "rule.memberDiscipline.failed", year(nominee), term("DisciplinePenalty." + penalty),
							disciplined.size(), String.join(", ", disciplined));
		}
	};

	/**
	 * The verdict of a rule of this kind on a nominee; null when the kind configures
	 * others rather than judging.
	 */
	@Nullable abstract RuleResult check(Rule rule, Nominee nominee, Registry registry);

	private static boolean alternativeHolds(Rule rule, Nominee nominee, Registry registry, List<Integer> years) {
		Rating rating = Rating.valueOf(rule.text("orRating"));
		Map<Integer, Rating> ratings = registry.ratings(nominee);
		boolean rated = years.stream().allMatch(year -> ratings.get(year) != null && ratings.get(year).atLeast(rating));
		long initiatives = registry.initiatives(nominee)
			.stream()
			.filter(initiative -> years.contains(initiative.year()))
			.count();
		return rated && initiatives >= rule.number("orInitiatives");
	}

	/**
	 * The records that did not count, each with its year, decision and why, joined into
	 * one message argument.
	 */
	static MessageSourceResolvable notCounted(List<AwardFact> ignored) {
		MessageSourceResolvable joined = null;
		for (AwardFact award : ignored) {
			MessageSourceResolvable item = term(
					"rule.notCounted." + (award.revoked() ? "REVOKED" : award.kind().name()),
					String.valueOf(award.year()), award.decisionNumber());
			joined = joined == null ? item : term("rule.notCounted.pair", joined, item);
		}
		return Objects.requireNonNull(joined);
	}

	private static Set<Integer> yearsOf(List<AwardFact> awards, String type) {
		return awards.stream()
			.filter(award -> award.type().equals(type))
			.map(AwardFact::year)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * How many members hold what the rule asks: its award type in the year, or its rating
	 * or better.
	 */
	private static int holding(Rule rule, MemberFacts members) {
		String type = rule.optionalText("awardType");
		return type != null ? members.holding(type) : members.ratedAtLeast(Rating.valueOf(rule.text("minRating")));
	}

	private static MessageSourceResolvable held(Rule rule) {
		String type = rule.optionalText("awardType");
		return type != null ? term("rule.members.award", term("AwardType." + type))
				: term("rule.members.rating", term("Rating." + rule.text("minRating")));
	}

	private static MessageSourceResolvable needed(BigDecimal percent, boolean strict) {
		if (strict) {
			return term("rule.members.above", percent);
		}
		return term(percent.compareTo(BigDecimal.valueOf(100)) >= 0 ? "rule.members.all" : "rule.members.atLeast",
				percent);
	}

	private static MessageSourceResolvable term(String key, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { key }, args);
	}

	private static String year(Nominee nominee) {
		return String.valueOf(nominee.year());
	}

	private static String join(List<Integer> years) {
		return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	private static RuleResult pass(Rule rule, String key, Object... args) {
		return new RuleResult(rule.code(), rule.legalSource(), rule.severity(), true, key, args);
	}

	private static RuleResult fail(Rule rule, String key, Object... args) {
		return new RuleResult(rule.code(), rule.legalSource(), rule.severity(), false, key,
				Objects.requireNonNull(args));
	}

}
