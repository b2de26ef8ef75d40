package vn.thidua.integration;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.audit.AuditTrail;
import vn.thidua.unit.Succession;
import vn.thidua.unit.SuccessionEffect;
import vn.thidua.unit.SuccessionParticipant;

/**
 * An integration keeps working after a reorganisation: a live key of an ended unit is
 * scoped to its heir.
 */
@Component
class ApiKeySuccession implements SuccessionParticipant {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApiKeyAuthentication authentication;

	ApiKeySuccession(JdbcClient jdbc, AuditTrail audit, ApiKeyAuthentication authentication) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.authentication = authentication;
	}

	@Override
	public List<SuccessionEffect> preview(Set<Long> ending, Set<Long> disableAccountsOf) {
		return List.of(new SuccessionEffect("reorganisation.effect.apiKeys",
				ending.isEmpty() ? 0
						: jdbc.sql("select count(*) from api_key where unit_id in (:units) and revoked_at is null")
							.param("units", ending)
							.query(Long.class)
							.single()));
	}

	@Override
	public void apply(Succession succession) {
		audit.reassign("ApiKey", "unitId", "update api_key set unit_id = :to, version = version + 1"
				+ " where unit_id = :from and revoked_at is null returning id", succession.heirs());
		authentication.forgetAfterCommit();
	}

}
