package vn.thidua.integration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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
 * Administrators create and revoke the keys of their subtree; every API request is
 * authenticated by {@link ApiKeyAuthentication}. A key is {@code td_<prefix>_<secret>}
 * with a 256-bit random secret, so a single SHA-256 is as good as a slow hash, and it is
 * compared in constant time.
 */
@Service
@Transactional
public class ApiKeyManagement {

	static final String SCHEME = "td";

	private final ApiKeys keys;

	private final UnitCatalog units;

	private final ApiKeyAuthentication authentication;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiKeyManagement(ApiKeys keys, UnitCatalog units, ApiKeyAuthentication authentication, Clock clock) {
		this.keys = keys;
		this.units = units;
		this.authentication = authentication;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Page<ApiKey> list(CurrentUser admin, Pageable pageable) {
		return keys.findInSubtree(admin.unitId(), pageable);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public ApiKey show(long id, CurrentUser admin) {
		return keys.findById(id)
			.filter(key -> units.isWithin(key.getUnitId(), admin.unitId()))
			.orElseThrow(() -> new NotFoundException("apiKey", id));
	}

	/**
	 * A new key for a unit of the administrator's subtree; the secret is in the result
	 * only, never stored.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public CreatedKey create(String name, String unitCode, ApiAccess access, CurrentUser admin) {
		UnitRow unit = units.findActiveByCode(unitCode)
			.filter(found -> units.isWithin(found.id(), admin.unitId()))
			.orElseThrow(() -> new BusinessRuleViolation("apiKey.unitUnknown", unitCode));
		String prefix = HexFormat.of().formatHex(bytes(6));
		String secret = SCHEME + "_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
		ApiKey key = keys.save(
				new ApiKey(name.strip(), unit.id(), access, prefix, sha256(secret), admin.username(), clock.instant()));
		return new CreatedKey(key, secret);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public ApiKey revoke(long id, long version, CurrentUser admin) {
		ApiKey key = show(id, admin);
		StaleEditException.check("apiKey", id, version, key.getVersion());
		key.revoke(admin.username(), clock.instant());
		authentication.forgetAfterCommit();
		return key;
	}

	private byte[] bytes(int count) {
		byte[] bytes = new byte[count];
		random.nextBytes(bytes);
		return bytes;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A key just created, with the secret shown once.
	 */
	public record CreatedKey(ApiKey key, String secret) {
	}

	/**
	 * An authenticated key: which one, its access, and the user the services see (the
	 * key's unit, the roles of its access, the key's name as the actor; a negative id, so
	 * it is never mistaken for an account).
	 */
	public record ApiCaller(long keyId, ApiAccess access, CurrentUser user) {
	}

}
