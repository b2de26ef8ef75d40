package vn.thidua.integration.v1;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.PeopleDirectory;
import vn.thidua.award.PersonDetails;
import vn.thidua.integration.v1.PeopleApi.NewPersonRequest;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;

/**
 * Creates a person from the API in one transaction with its Idempotency-Key claim, so a
 * refused create frees the key.
 */
@Component
class PeopleIntake {

	private final PeopleDirectory directory;

	private final UnitCatalog units;

	private final Idempotency idempotency;

	PeopleIntake(PeopleDirectory directory, UnitCatalog units, Idempotency idempotency) {
		this.directory = directory;
		this.units = units;
		this.idempotency = idempotency;
	}

	@Transactional
	Created create(NewPersonRequest request, @Nullable String idempotencyKey, CurrentUser user) {
		Idempotency.Claim claim = idempotencyKey == null ? null
				: idempotency.claimPerson(-user.accountId(), idempotencyKey, request);
		if (claim != null && claim.isReplay()) {
			return new Created(claim.replayOf(), true);
		}
		long unitId = units.findActiveByCode(request.unitCode())
			.orElseThrow(() -> new InvalidField("unitCode", "api.unitUnknown"))
			.id();
		PeopleDirectory.Creation creation = directory.create(new PersonDetails(request.fullName(), request.birthDate(),
				request.sex(), request.position(), unitId, request.personalId()),
				Boolean.TRUE.equals(request.confirmed()), user);
		if (!creation.created()) {
			throw new Namesakes(creation.namesakes());
		}
		if (claim != null) {
			idempotency.madePerson(claim, creation.person().getId());
		}
		return new Created(creation.person().getId(), false);
	}

	record Created(long id, boolean replayed) {
	}

	/**
	 * People who may be the one being created; the caller confirms with
	 * {@code confirmed=true}.
	 */
	static class Namesakes extends RuntimeException {

		private final transient PeopleDirectory.Namesakes found;

		Namesakes(PeopleDirectory.Namesakes found) {
			super("namesakes");
			this.found = found;
		}

		PeopleDirectory.Namesakes found() {
			return found;
		}

	}

}
