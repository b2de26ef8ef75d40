package vn.thidua.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.VietnameseDateFormatter;
import vn.thidua.unit.UnitCatalog;

/**
 * The base salary by date: everyone reads it; an administrator of the whole country (the
 * Government sets it for all) records the next one or removes one entered by mistake, but
 * never where a decision already issued worked out its cash from the salary then in
 * force. Writes go through {@link BaseSalary}, so the audit log records them, and hold
 * the table against a decision being issued at the same moment
 * ({@link AwardCatalog#holdBaseSalary}).
 */
@Service
@Transactional
public class BaseSalaryManagement {

	/**
	 * Bounds that catch a digit too many or too few (1.490.000 in 2019, 2.340.000 in
	 * 2024).
	 */
	private static final BigDecimal LOWEST = BigDecimal.valueOf(1_000_000);

	private static final BigDecimal HIGHEST = BigDecimal.valueOf(100_000_000);

	private final BaseSalaries salaries;

	private final PricedDecisions priced;

	private final UnitCatalog units;

	private final JdbcClient jdbc;

	BaseSalaryManagement(BaseSalaries salaries, PricedDecisions priced, UnitCatalog units, JdbcClient jdbc) {
		this.salaries = salaries;
		this.priced = priced;
		this.units = units;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<BaseSalaryRow> list() {
		return jdbc.sql("select " + BaseSalaryRow.COLUMNS + " from base_salary order by effective_from desc")
			.query(BaseSalaryRow.class)
			.list();
	}

	/**
	 * Whether the user records and removes base salaries: an administrator of the top
	 * unit.
	 */
	@Transactional(readOnly = true)
	public boolean manages(CurrentUser user) {
		return user.isAdmin() && units.get(user.unitId()).parentId() == null;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public BaseSalary record(LocalDate from, BigDecimal amount, String legalSource, CurrentUser user) {
		requireManager(user);
		if (amount.compareTo(LOWEST) < 0 || amount.compareTo(HIGHEST) > 0) {
			throw new BusinessRuleViolation("baseSalary.amountRange");
		}
		hold();
		if (salaries.existsById(from)) {
			throw new BusinessRuleViolation("baseSalary.taken", VietnameseDateFormatter.format(from));
		}
		requireUnpriced(from, next(from), "baseSalary.priced");
		try {
			return salaries.saveAndFlush(new BaseSalary(from, amount, legalSource));
		}
		catch (DataIntegrityViolationException taken) {
			throw new BusinessRuleViolation("baseSalary.taken", VietnameseDateFormatter.format(from));
		}
	}

	/**
	 * Removes a base salary recorded by mistake; the earliest stays, as the salary of
	 * every date before the next.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public void remove(LocalDate from, CurrentUser user) {
		requireManager(user);
		hold();
		BaseSalary salary = salaries.findById(from)
			.orElseThrow(() -> new BusinessRuleViolation("baseSalary.gone", VietnameseDateFormatter.format(from)));
		if (salaries.findFirstByEffectiveFromBeforeOrderByEffectiveFromDesc(from).isEmpty()) {
			throw new BusinessRuleViolation("baseSalary.earliest", VietnameseDateFormatter.format(from));
		}
		requireUnpriced(from, next(from), "baseSalary.removePriced");
		salaries.delete(salary);
		salaries.flush();
	}

	/**
	 * Refuses anyone but an administrator of the top unit, before a form is even read.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public void requireManager(CurrentUser user) {
		if (!manages(user)) {
			throw new BusinessRuleViolation("baseSalary.nationalOnly");
		}
	}

	/**
	 * Waits for decisions being issued now, and keeps new ones waiting until this ends.
	 */
	private void hold() {
		jdbc.sql("lock table base_salary in exclusive mode").update();
	}

	private @Nullable LocalDate next(LocalDate from) {
		return salaries.findFirstByEffectiveFromAfterOrderByEffectiveFrom(from)
			.map(BaseSalary::getEffectiveFrom)
			.orElse(null);
	}

	private void requireUnpriced(LocalDate from, @Nullable LocalDate before, String key) {
		Optional<LocalDate> issued = priced.latestPricedBetween(from, before);
		if (issued.isPresent()) {
			throw new BusinessRuleViolation(key, VietnameseDateFormatter.format(from),
					VietnameseDateFormatter.format(issued.get()));
		}
	}

}
