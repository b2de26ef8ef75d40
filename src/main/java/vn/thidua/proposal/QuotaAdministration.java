package vn.thidua.proposal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.AwardQueries;
import vn.thidua.proposal.InvalidQuota.Problem;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.shared.web.VietnameseDateFormatter;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Administrators keep the quotas of their own scope, as they keep its rules: one of the
 * top unit writes national quotas and quotas of any unit, one of a province (or any unit)
 * quotas of that unit's subtree. Everyone reads the quotas of the scopes above them and
 * of their subtree, and tries them on a unit of their scope. A quota that has judged a
 * proposal is never changed or deleted, only ended (then a new one may follow). Every
 * change goes through {@link AwardQuota}, so the audit log records it.
 */
@Service
@Transactional
public class QuotaAdministration {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final AwardQuotas quotas;

	private final Quotas counting;

	private final AwardQueries awards;

	private final UnitCatalog units;

	private final JdbcClient jdbc;

	private final Clock clock;

	QuotaAdministration(AwardQuotas quotas, Quotas counting, AwardQueries awards, UnitCatalog units, JdbcClient jdbc,
			Clock clock) {
		this.quotas = quotas;
		this.counting = counting;
		this.awards = awards;
		this.units = units;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The quotas of the whole country, of the units above the user's and of their
	 * subtree, in force and past, with what the user may do to each.
	 */
	@Transactional(readOnly = true)
	public List<QuotaRow> list(CurrentUser user) {
		UnitRow own = units.get(user.unitId());
		boolean top = own.parentId() == null;
		LocalDate today = today();
		return jdbc
			.sql("""
					select q.id, q.award_type_code, q.basis_type_code, q.ratio, q.max_count, q.min_count, q.rounding,
					       q.severity, q.scope_unit_id, s.code as scope_code, s.name as scope_name, q.legal_source,
					       q.effective_from, q.effective_to, q.version,
					       (q.scope_unit_id is not null and exists (select 1 from unit_scope(:own) scope_roots(root_path) where unit_in_subtree(s.path, root_path))) as in_subtree,
					       exists (select 1 from award_proposal p
					               join unit pu on pu.id = p.proposing_unit_id
					               join proposal_event e on e.proposal_id = p.id and e.status = 'SUBMITTED'
					               where (q.scope_unit_id is null or exists (select 1 from unit_scope(q.scope_unit_id) scope_roots(root_path) where unit_in_subtree(pu.path, root_path)))
					                 and cast(e.at as date) >= q.effective_from
					                 and (q.effective_to is null or cast(e.at as date) <= q.effective_to)
					                 and exists (select 1 from proposal_line l where l.proposal_id = p.id
					                             and l.award_type_code = q.award_type_code)) as judged
					from award_quota q left join unit s on s.id = q.scope_unit_id
					where q.scope_unit_id is null or exists (select 1 from unit_scope(:own) scope_roots(root_path) where unit_in_subtree(s.path, root_path))
					   or exists (select 1 from unit_scope(q.scope_unit_id) scope_roots(root_path) where unit_in_subtree((select path from unit where id = :own), root_path))
					order by q.award_type_code, coalesce(length(s.path), 0), q.effective_from desc, q.id
					""")
			.param("own", own.id())
			.query((rs, n) -> {
				LocalDate from = rs.getObject("effective_from", LocalDate.class);
				LocalDate to = rs.getObject("effective_to", LocalDate.class);
				boolean manageable = user.isAdmin() && (top || rs.getBoolean("in_subtree"));
				QuotaStatus status = QuotaStatus.on(today, from, to);
				boolean judged = rs.getBoolean("judged");
				Integer max = (Integer) rs.getObject("max_count");
				return new QuotaRow(rs.getLong("id"), rs.getString("award_type_code"),
						new QuotaTerms(rs.getString("basis_type_code"), rs.getBigDecimal("ratio"), max,
								rs.getInt("min_count"), QuotaRounding.valueOf(rs.getString("rounding"))),
						QuotaSeverity.valueOf(rs.getString("severity")), rs.getString("scope_code"),
						rs.getString("scope_name"), rs.getString("legal_source"), from, to, rs.getLong("version"),
						status, judged, manageable && !judged, manageable && status != QuotaStatus.ENDED,
						manageable && !judged);
			})
			.list();
	}

	/**
	 * The quotas in force today for a unit of the user's scope, with the unit's titles of
	 * the year: the registry's and those of its proposals already sent.
	 */
	@Transactional(readOnly = true)
	public Calculation calculate(String unitCode, int year, CurrentUser user) {
		UnitRow unit = units.findActiveByCode(unitCode.strip())
			.filter(found -> units.isWithin(found.id(), user.unitId()))
			.orElseThrow(() -> new BusinessRuleViolation("quota.try.unit"));
		if (year < 1945 || year > 2100) {
			throw new BusinessRuleViolation("quota.try.year");
		}
		return new Calculation(unit, year, counting.calculate(unit.id(), year, today()));
	}

	/**
	 * A unit and year tried on the page, with the quotas that apply to it.
	 */
	public record Calculation(UnitRow unit, int year, List<QuotaUse> uses) {

	}

	/**
	 * The scope a new quota starts with: the administrator's unit, none for the top one.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public @Nullable String defaultScope(CurrentUser user) {
		UnitRow own = units.get(user.unitId());
		return own.parentId() == null ? null : own.code();
	}

	@PreAuthorize("hasRole('ADMIN')")
	public AwardQuota add(QuotaInput input, CurrentUser user) {
		QuotaDraft draft = read(input, null, user);
		return quotas.save(new AwardQuota(draft));
	}

	/**
	 * A quota of the administrator's scope that has judged no proposal yet, to be edited
	 * or deleted.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public AwardQuota editable(long id, CurrentUser user) {
		AwardQuota quota = manageable(id, user);
		if (judged(quota)) {
			throw new BusinessRuleViolation("quota.judged");
		}
		return quota;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public AwardQuota edit(long id, long version, QuotaInput input, CurrentUser user) {
		AwardQuota quota = editable(id, user);
		StaleEditException.check("quota", id, version, quota.getVersion());
		quota.apply(read(input, quota.getId(), user));
		quotas.flush();
		return quota;
	}

	/**
	 * Deletes a quota entered by mistake; one that has judged a proposal is only ended.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public void delete(long id, long version, CurrentUser user) {
		AwardQuota quota = editable(id, user);
		StaleEditException.check("quota", id, version, quota.getVersion());
		quotas.delete(quota);
		quotas.flush();
	}

	/**
	 * A quota of the administrator's scope, not ended, to be ended.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public AwardQuota endable(long id, CurrentUser user) {
		AwardQuota quota = manageable(id, user);
		if (quota.status(today()) == QuotaStatus.ENDED) {
			throw new BusinessRuleViolation("quota.end.alreadyEnded");
		}
		return quota;
	}

	/**
	 * Sets the last day a quota applies: not before its first day (it may lie in the
	 * past, as the repealing document is often recorded late).
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public AwardQuota end(long id, long version, @Nullable String lastDay, CurrentUser user) {
		AwardQuota quota = endable(id, user);
		StaleEditException.check("quota", id, version, quota.getVersion());
		LocalDate day = date(lastDay);
		if (day == null) {
			throw new InvalidQuota(List.of(new Problem("lastDay", "quota.date.invalid")));
		}
		if (day.isBefore(quota.getEffectiveFrom())) {
			throw new InvalidQuota(List.of(new Problem("lastDay", "quota.end.beforeStart",
					VietnameseDateFormatter.format(quota.getEffectiveFrom()))));
		}
		quota.end(day);
		quotas.flush();
		return quota;
	}

	/**
	 * The unit code of a quota's scope (null: the whole country).
	 */
	@Transactional(readOnly = true)
	public @Nullable String scopeCode(AwardQuota quota) {
		return quota.getScopeUnitId() == null ? null : units.get(quota.getScopeUnitId()).code();
	}

	private AwardQuota manageable(long id, CurrentUser user) {
		AwardQuota quota = quotas.findById(id).orElseThrow(() -> new NotFoundException("quota", id));
		UnitRow own = units.get(user.unitId());
		Long scope = quota.getScopeUnitId();
		if (own.parentId() != null && (scope == null || !units.isWithin(scope, own.id()))) {
			throw new NotFoundException("quota", id);
		}
		return quota;
	}

	/**
	 * Whether a proposal of the quota's scope with a line of its type was sent while the
	 * quota was in force, and so was judged by it.
	 */
	private boolean judged(AwardQuota quota) {
		return jdbc
			.sql("""
					select exists (select 1 from award_proposal p
					    join unit pu on pu.id = p.proposing_unit_id
					    join proposal_event e on e.proposal_id = p.id and e.status = 'SUBMITTED'
					    where (cast(:scope as bigint) is null or exists (select 1 from unit_scope(:scope) scope_roots(root_path) where unit_in_subtree(pu.path, root_path)))
					      and cast(e.at as date) >= :from and (cast(:to as date) is null or cast(e.at as date) <= :to)
					      and exists (select 1 from proposal_line l where l.proposal_id = p.id and l.award_type_code = :type))
					""")
			.param("scope", quota.getScopeUnitId())
			.param("from", quota.getEffectiveFrom())
			.param("to", quota.getEffectiveTo())
			.param("type", quota.getAwardTypeCode())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Reads and checks the input, refusing it with every problem at once.
	 */
	private QuotaDraft read(QuotaInput input, @Nullable Long self, CurrentUser user) {
		List<Problem> problems = new ArrayList<>();
		List<String> types = awards.awardTypes();
		UnitRow own = units.get(user.unitId());

		Long scope = null;
		String scopeCode = blankToNull(input.scopeCode());
		if (scopeCode == null) {
			if (own.parentId() != null) {
				problems.add(new Problem("scopeCode", "quota.scope.national"));
			}
		}
		else {
			Optional<UnitRow> unit = units.findActiveByCode(scopeCode);
			if (unit.isEmpty()) {
				problems.add(new Problem("scopeCode", "quota.scope.unknown", scopeCode));
			}
			else if (!units.isWithin(unit.get().id(), own.id())) {
				problems.add(new Problem("scopeCode", "quota.scope.outside", scopeCode));
			}
			else {
				scope = unit.get().id();
			}
		}

		String awardType = blankToNull(input.awardType());
		if (awardType == null) {
			problems.add(new Problem("awardType", "quota.awardType.required"));
		}
		else if (!types.contains(awardType)) {
			problems.add(new Problem("awardType", "quota.awardType.unknown"));
			awardType = null;
		}

		String basisType = blankToNull(input.basisType());
		if (basisType != null && !types.contains(basisType)) {
			problems.add(new Problem("basisType", "quota.awardType.unknown"));
			basisType = null;
		}
		else if (basisType != null && basisType.equals(awardType)) {
			problems.add(new Problem("basisType", "quota.basisType.same"));
			basisType = null;
		}

		BigDecimal ratio = null;
		String percentText = blankToNull(input.percent());
		boolean shareIntended = blankToNull(input.basisType()) != null;
		if (percentText != null) {
			Optional<BigDecimal> percent = VietnameseNumbers.parse(percentText);
			if (percent.isEmpty()) {
				problems.add(new Problem("percent", "quota.percent.invalid"));
			}
			else if (percent.get().signum() <= 0 || percent.get().compareTo(HUNDRED) > 0
					|| percent.get().stripTrailingZeros().scale() > 2) {
				problems.add(new Problem("percent", "quota.percent.range"));
			}
			else if (!shareIntended) {
				problems.add(new Problem("basisType", "quota.basisType.required"));
			}
			else {
				ratio = percent.get().divide(HUNDRED);
			}
		}
		else if (shareIntended) {
			problems.add(new Problem("percent", "quota.percent.required"));
		}

		Integer maxCount = count(input.maxCount(), "maxCount", problems);
		if (!shareIntended && blankToNull(input.maxCount()) == null) {
			problems.add(new Problem("maxCount", "quota.maxCount.required"));
		}
		Integer minCount = count(input.minCount(), "minCount", problems);
		if (minCount != null && maxCount != null && minCount > maxCount) {
			problems.add(new Problem("minCount", "quota.minCount.aboveMax"));
		}

		QuotaRounding rounding = choice(QuotaRounding.class, input.rounding(), "rounding", problems);
		QuotaSeverity severity = choice(QuotaSeverity.class, input.severity(), "severity", problems);

		LocalDate from = null;
		if (blankToNull(input.effectiveFrom()) == null) {
			problems.add(new Problem("effectiveFrom", "quota.date.required"));
		}
		else {
			from = date(input.effectiveFrom());
			if (from == null) {
				problems.add(new Problem("effectiveFrom", "quota.date.invalid"));
			}
		}
		LocalDate to = null;
		if (blankToNull(input.effectiveTo()) != null) {
			to = date(input.effectiveTo());
			if (to == null) {
				problems.add(new Problem("effectiveTo", "quota.date.invalid"));
			}
			else if (from != null && to.isBefore(from)) {
				problems.add(new Problem("effectiveTo", "quota.dates.order"));
			}
		}

		String legalSource = blankToNull(input.legalSource());
		if (legalSource == null) {
			problems.add(new Problem("legalSource", "quota.legalSource.required"));
		}
		else if (legalSource.length() > 300) {
			problems.add(new Problem("legalSource", "quota.legalSource.tooLong", 300));
		}

		boolean scopeRead = scopeCode == null ? own.parentId() == null : scope != null;
		if (problems.isEmpty() && scopeRead && awardType != null && from != null) {
			overlap(self, scope, awardType, from, to)
				.ifPresent(other -> problems.add(new Problem("effectiveFrom", "quota.overlap", other)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidQuota(problems);
		}
		return new QuotaDraft(scope, awardType, new QuotaTerms(ratio == null ? null : basisType, ratio, maxCount,
				minCount == null ? 0 : minCount, rounding), severity, legalSource, from, to);
	}

	/**
	 * Another quota of the same scope and type whose period meets this one, described by
	 * its period.
	 */
	private Optional<String> overlap(@Nullable Long self, @Nullable Long scope, String awardType, LocalDate from,
			@Nullable LocalDate to) {
		return jdbc.sql("""
				select q.effective_from, q.effective_to from award_quota q
				where q.award_type_code = :type and q.scope_unit_id is not distinct from cast(:scope as bigint)
				  and q.id <> :self
				  and (cast(:to as date) is null or q.effective_from <= :to)
				  and (q.effective_to is null or q.effective_to >= :from)
				order by q.effective_from limit 1
				""")
			.param("type", awardType)
			.param("scope", scope)
			.param("self", self == null ? -1L : self)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				LocalDate otherFrom = rs.getObject(1, LocalDate.class);
				LocalDate otherTo = rs.getObject(2, LocalDate.class);
				return VietnameseDateFormatter.format(otherFrom) + " – "
						+ (otherTo == null ? "…" : VietnameseDateFormatter.format(otherTo));
			})
			.optional();
	}

	private static @Nullable Integer count(@Nullable String text, String field, List<Problem> problems) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			int count = Integer.parseInt(value);
			if (count < 0 || count > 100_000) {
				problems.add(new Problem(field, "quota.count.invalid"));
				return null;
			}
			return count;
		}
		catch (NumberFormatException ex) {
			problems.add(new Problem(field, "quota.count.invalid"));
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String text, String field,
			List<Problem> problems) {
		String value = blankToNull(text);
		if (value != null) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(value)) {
					return constant;
				}
			}
		}
		problems.add(new Problem(field, "quota.choice.required"));
		return null;
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return VietnameseDateFormatter.parse(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
