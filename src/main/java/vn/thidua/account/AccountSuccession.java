package vn.thidua.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.audit.AuditTrail;
import vn.thidua.unit.Succession;
import vn.thidua.unit.SuccessionEffect;
import vn.thidua.unit.SuccessionParticipant;

/**
 * The accounts of an ended unit move to its heir, or are disabled when the plan says so;
 * their reminders follow them.
 */
@Component
class AccountSuccession implements SuccessionParticipant {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	AccountSuccession(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public List<SuccessionEffect> preview(Set<Long> ending, Set<Long> disableAccountsOf) {
		Set<Long> moving = ending.stream().filter(id -> !disableAccountsOf.contains(id)).collect(Collectors.toSet());
		return List.of(new SuccessionEffect("reorganisation.effect.accountsMoved", count(moving)),
				new SuccessionEffect("reorganisation.effect.accountsDisabled", count(disableAccountsOf)));
	}

	@Override
	public void apply(Succession succession) {
		List<String> signedIn = jdbc.sql("select username from account where unit_id in (:units)")
			.param("units", succession.ended())
			.query(String.class)
			.list();
		List<Long> disabled = new ArrayList<>();
		for (Long unit : succession.disableAccountsOf()) {
			disabled.addAll(jdbc
				.sql("update account set enabled = false, version = version + 1 where unit_id = ? and enabled"
						+ " returning id")
				.param(unit)
				.query(Long.class)
				.list());
		}
		audit.recordUpdates("Account", disabled, "enabled", true, false);
		Map<Long, Long> moving = succession.heirs()
			.entrySet()
			.stream()
			.filter(heir -> !succession.disableAccountsOf().contains(heir.getKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		audit.reassign("Account", "unitId",
				"update account set unit_id = :to, version = version + 1 where unit_id = :from returning id", moving);
		// a signed-in session carries its unit: these accounts sign in again
		if (!signedIn.isEmpty()) {
			jdbc.sql("delete from spring_session where principal_name in (:names)").param("names", signedIn).update();
		}
	}

	private long count(Set<Long> units) {
		return units.isEmpty() ? 0
				: jdbc.sql("select count(*) from account where unit_id in (:units) and enabled")
					.param("units", units)
					.query(Long.class)
					.single();
	}

}
