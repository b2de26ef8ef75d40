package vn.thidua.account;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.text.Diacritics;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Administrators manage the accounts of their subtree; everyone changes their own
 * password.
 */
@Service
@Transactional
public class AccountManagement {

	static final int MIN_PASSWORD_LENGTH = 8;

	private final Accounts accounts;

	private final UnitCatalog units;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	private final SignInThrottle throttle;

	private final AuditTrail audit;

	AccountManagement(Accounts accounts, UnitCatalog units, PasswordEncoder passwordEncoder, JdbcClient jdbc,
			SignInThrottle throttle, AuditTrail audit) {
		this.accounts = accounts;
		this.units = units;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
		this.throttle = throttle;
		this.audit = audit;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Page<AccountRow> list(@Nullable String query, boolean atEndedUnits, CurrentUser admin, Pageable pageable) {
		UnitRow root = units.get(admin.unitId());
		String q = query == null ? "" : Diacritics.likeFragment(query);
		String from = """
				from account a join unit u on u.id = a.unit_id
				where a.unit_id in (select id from unit_scope_units(:root))
				  and (:q = '' or lower(a.username) like '%' || :q || '%' or u.search_text like '%' || :q || '%'
				       or lower(a.full_name) like '%' || :q || '%')
				  and (not :ended or not u.active)
				""";
		var rows = jdbc.sql("select a.id, a.username, a.full_name, u.name as unit_name, u.active as unit_active, "
				+ "a.roles, a.enabled, "
				+ "exists (select 1 from sign_in_throttle t where t.username = a.username and t.locked_until > now()) "
				+ "as locked " + from + " order by a.username limit :limit offset :offset")
			.param("root", root.id())
			.param("q", q)
			.param("ended", atEndedUnits)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(AccountRow.class)
			.list();
		long total = jdbc.sql("select count(*) " + from)
			.param("root", root.id())
			.param("q", q)
			.param("ended", atEndedUnits)
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, pageable, total);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Account show(long id, CurrentUser admin) {
		return inScope(id, admin);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public Account create(String username, String password, AccountDetails details, boolean mustChangePassword,
			CurrentUser admin) {
		String name = username.toLowerCase(Locale.ROOT);
		if (accounts.existsByUsername(name)) {
			throw new BusinessRuleViolation("account.username.taken", name);
		}
		requireStrong(password);
		UnitRow unit = unitInScope(details.unitCode(), admin);
		return accounts.save(new Account(name, passwordEncoder.encode(password), details.fullName(), details.email(),
				unit.id(), details.roles(), mustChangePassword));
	}

	@PreAuthorize("hasRole('ADMIN')")
	public Account update(long id, long version, AccountDetails details, CurrentUser admin) {
		Account account = inScope(id, admin);
		StaleEditException.check("account", id, version, account.getVersion());
		if (account.getId() == admin.accountId() && (!details.enabled() || !details.roles().contains(Role.ADMIN))) {
			throw new BusinessRuleViolation("account.self.lockout");
		}
		UnitRow unit = unitInScope(details.unitCode(), admin);
		account.describe(details.fullName(), details.email(), unit.id(), details.roles(), details.enabled());
		return account;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public Account resetPassword(long id, String temporaryPassword, CurrentUser admin) {
		Account account = inScope(id, admin);
		requireStrong(temporaryPassword);
		account.changePassword(passwordEncoder.encode(temporaryPassword), true);
		unlock(account);
		return account;
	}

	/**
	 * Lifts every sign-in lock of the account, from whichever source it came; whether one
	 * was in force.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public boolean unlock(long id, CurrentUser admin) {
		return unlock(inScope(id, admin));
	}

	private boolean unlock(Account account) {
		boolean locked = throttle.unlock(account.getUsername());
		if (locked) {
			audit.recordUpdates("Account", List.of(account.getId()), "signInLock", "locked", "unlocked");
		}
		return locked;
	}

	public void changeOwnPassword(CurrentUser user, String currentPassword, String newPassword) {
		Account account = accounts.findById(user.accountId())
			.orElseThrow(() -> new NotFoundException("account", user.accountId()));
		if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new BusinessRuleViolation("password.current.wrong");
		}
		if (currentPassword.equals(newPassword)) {
			throw new BusinessRuleViolation("password.new.same");
		}
		requireStrong(newPassword);
		account.changePassword(passwordEncoder.encode(newPassword), false);
	}

	private Account inScope(long id, CurrentUser admin) {
		Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
		if (!units.isWithin(account.getUnitId(), admin.unitId())) {
			throw new NotFoundException("account", id);
		}
		return account;
	}

	private UnitRow unitInScope(String code, CurrentUser admin) {
		return units.findActiveByCode(code)
			.filter(unit -> units.isWithin(unit.id(), admin.unitId()))
			.orElseThrow(() -> new BusinessRuleViolation("account.unit.notFound", code));
	}

	private static void requireStrong(String password) {
		if (password.length() < MIN_PASSWORD_LENGTH || password.isBlank()) {
			throw new BusinessRuleViolation("password.tooShort", MIN_PASSWORD_LENGTH);
		}
	}

}
