package vn.thidua.award;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.unit.UnitKind;

/**
 * The catalogue of titles and commendations, their cash by the decree in force on a date,
 * and the base salary by date.
 */
@Service
@Transactional(readOnly = true)
public class AwardCatalog {

	private final JdbcClient jdbc;

	AwardCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AwardType> types() {
		return jdbc.sql("""
				select code, name, category, subject_type, vote_attendance, vote_approval,
				       vote_approval_strict, vote_denominator = 'ALL' as votes_over_all_members, public_notice, level
				from award_type order by sort_order
				""").query(AwardType.class).list();
	}

	public Map<String, AwardType> byCode() {
		return types().stream().collect(Collectors.toMap(AwardType::code, Function.identity()));
	}

	public AwardType type(String code) {
		AwardType type = byCode().get(code);
		if (type == null) {
			throw new BusinessRuleViolation("award.unknownType", code);
		}
		return type;
	}

	/**
	 * The cash multiplier in force on a date for a decision of a kind of unit (null for
	 * an authority above the tree): a row for that kind first, else the general one;
	 * empty when the award carries no cash then.
	 */
	public Optional<CashRate> cashRate(String awardType, @Nullable UnitKind decidingKind, LocalDate on) {
		return jdbc.sql("""
				select multiplier, legal_source from award_cash
				where award_type_code = :type and effective_from <= :on
				  and (effective_to is null or effective_to >= :on)
				  and (unit_kind is null or unit_kind = :kind)
				order by unit_kind nulls last, effective_from desc limit 1
				""")
			.param("type", awardType)
			.param("on", on)
			.param("kind", decidingKind == null ? null : decidingKind.name(), Types.VARCHAR)
			.query(CashRate.class)
			.optional();
	}

	/**
	 * The cash of an award decided on a date: the multiplier of the decree then in force
	 * times the base salary then in force, one and a half times for a household, rounded
	 * as that decree says; null when the award carries no cash.
	 */
	public @Nullable BigDecimal cash(AwardType type, @Nullable UnitKind decidingKind, LocalDate on) {
		return cashRate(type.code(), decidingKind, on)
			.map(rate -> rounded(type.cash(rate.multiplier(), baseSalary(on)), rounding(on)))
			.orElse(null);
	}

	/**
	 * The cash of every award type decided on a date by a kind of unit (null for an
	 * authority above the tree), in three statements however many lines a decision has.
	 */
	public CashPricing pricing(@Nullable UnitKind decidingKind, LocalDate on) {
		Map<String, BigDecimal> multipliers = new java.util.HashMap<>();
		jdbc.sql("""
				select distinct on (award_type_code) award_type_code, multiplier from award_cash
				where effective_from <= :on and (effective_to is null or effective_to >= :on)
				  and (unit_kind is null or unit_kind = :kind)
				order by award_type_code, unit_kind nulls last, effective_from desc
				""")
			.param("on", on)
			.param("kind", decidingKind == null ? null : decidingKind.name(), Types.VARCHAR)
			.query(rs -> {
				multipliers.put(rs.getString("award_type_code"), rs.getBigDecimal("multiplier"));
			});
		return new CashPricing(baseSalary(on), rounding(on), Map.copyOf(multipliers));
	}

	/**
	 * How cash decided on a date is rounded; empty when no rule is recorded for it.
	 */
	public Optional<CashRounding> rounding(LocalDate on) {
		return jdbc.sql("select " + CashRounding.COLUMNS + """
				 from cash_rounding
				where effective_from <= :on and (effective_to is null or effective_to >= :on)
				order by effective_from desc limit 1
				""").param("on", on).query(CashRounding.class).optional();
	}

	private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	private static BigDecimal rounded(BigDecimal amount, Optional<CashRounding> rounding) {
		return rounding.map(rule -> rule.apply(amount)).orElse(amount);
	}

	/**
	 * The catalogue on a date: five statements whatever the number of types.
	 */
	public AwardTypeOverview overview(LocalDate on) {
		Map<String, List<AwardTypeOverview.Holder>> holders = jdbc.sql("""
				select award_type_code, unit_kind, upper_authority, legal_source, verification is null as verified
				from award_authority
				where effective_from <= :on and (effective_to is null or effective_to >= :on)
				order by award_type_code, upper_authority nulls last, unit_kind, id
				""")
			.param("on", on)
			.query((rs, row) -> Map.entry(rs.getString("award_type_code"),
					new AwardTypeOverview.Holder(enumOrNull(UnitKind.class, rs.getString("unit_kind")),
							enumOrNull(UpperAuthority.class, rs.getString("upper_authority")),
							rs.getString("legal_source"), rs.getBoolean("verified"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		BaseSalaryRow salary = jdbc
			.sql("select " + BaseSalaryRow.COLUMNS
					+ " from base_salary where effective_from <= :on order by effective_from desc limit 1")
			.param("on", on)
			.query(BaseSalaryRow.class)
			.optional()
			.orElse(null);
		Optional<CashRounding> rounding = rounding(on);
		List<AwardType> list = types();
		Map<String, AwardType> types = list.stream().collect(Collectors.toMap(AwardType::code, Function.identity()));
		Map<String, List<AwardTypeOverview.Cash>> cash = jdbc.sql("""
				select award_type_code, unit_kind, multiplier, legal_source, verification is null as verified
				from award_cash
				where effective_from <= :on and (effective_to is null or effective_to >= :on)
				order by award_type_code, unit_kind nulls first, id
				""").param("on", on).query((rs, row) -> {
			AwardType type = types.get(rs.getString("award_type_code"));
			BigDecimal multiplier = rs.getBigDecimal("multiplier");
			String kind = rs.getString("unit_kind");
			return Map.entry(type.code(),
					new AwardTypeOverview.Cash(kind == null ? null : UnitKind.valueOf(kind), multiplier,
							salary == null ? null : rounded(type.cash(multiplier, salary.amount()), rounding),
							rs.getString("legal_source"), rs.getBoolean("verified")));
		})
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		List<AwardTypeOverview.Entry> entries = list.stream()
			.map(type -> new AwardTypeOverview.Entry(type, holders.getOrDefault(type.code(), List.of()),
					cash.getOrDefault(type.code(), List.of())))
			.toList();
		return new AwardTypeOverview(on, salary, rounding.orElse(null), entries);
	}

	/**
	 * The base salary in force on a date, for a decision being priced now: no base salary
	 * is recorded or removed until the decision's transaction ends
	 * ({@link BaseSalaryManagement}).
	 */
	@Transactional
	public BigDecimal holdBaseSalary(LocalDate on) {
		return jdbc.sql(
				"select amount from base_salary where effective_from <= ? order by effective_from desc limit 1 for share")
			.param(on)
			.query(BigDecimal.class)
			.optional()
			.orElseThrow(() -> new BusinessRuleViolation("award.noBaseSalary"));
	}

	/**
	 * The lương cơ sở in force on a date.
	 */
	public BigDecimal baseSalary(LocalDate on) {
		return jdbc.sql("select amount from base_salary where effective_from <= ? order by effective_from desc limit 1")
			.param(on)
			.query(BigDecimal.class)
			.optional()
			.orElseThrow(() -> new BusinessRuleViolation("award.noBaseSalary"));
	}

}
