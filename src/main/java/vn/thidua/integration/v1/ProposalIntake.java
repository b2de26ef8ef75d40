package vn.thidua.integration.v1;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.integration.v1.ProposalRequests.LineRequest;
import vn.thidua.integration.v1.ProposalRequests.NewProposalRequest;
import vn.thidua.proposal.DocumentKind;
import vn.thidua.proposal.NewProposal;
import vn.thidua.proposal.Proposal;
import vn.thidua.proposal.ProposalDrafting;
import vn.thidua.proposal.ProposalQueries;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * The API's proposal writes, through the unit's own drafting service: a proposal and all
 * its lines in one transaction, so a refused line leaves nothing behind.
 */
@Service
@Transactional
class ProposalIntake {

	private final ProposalDrafting drafting;

	private final ProposalQueries queries;

	private final UnitCatalog units;

	private final Idempotency idempotency;

	ProposalIntake(ProposalDrafting drafting, ProposalQueries queries, UnitCatalog units, Idempotency idempotency) {
		this.drafting = drafting;
		this.queries = queries;
		this.units = units;
		this.idempotency = idempotency;
	}

	/**
	 * Creates the proposal, or with an Idempotency-Key already used for the same request
	 * by this key, returns the proposal that request made.
	 */
	Created create(NewProposalRequest request, @Nullable String idempotencyKey, CurrentUser user) {
		if (idempotencyKey == null) {
			return new Created(create(request, user), false);
		}
		Idempotency.Claim claim = idempotency.claim(-user.accountId(), idempotencyKey, request);
		if (claim.isReplay()) {
			return new Created(claim.replayOf(), true);
		}
		long id = create(request, user);
		idempotency.made(claim, id);
		return new Created(id, false);
	}

	record Created(long id, boolean replayed) {
	}

	private long create(NewProposalRequest request, CurrentUser user) {
		UnitRow deciding = units.findActiveByCode(request.decidingUnitCode())
			.orElseThrow(() -> new InvalidField("decidingUnitCode", "api.unitUnknown"));
		Proposal proposal = drafting.create(new NewProposal(request.title(), request.year(), request.kind(),
				deciding.id(), blankToNull(request.movementCode())), user);
		Map<List<String>, List<Long>> people = new LinkedHashMap<>();
		Map<List<String>, List<Long>> collectives = new LinkedHashMap<>();
		for (int i = 0; i < request.lines().size(); i++) {
			LineRequest line = request.lines().get(i);
			List<String> award = List.of(line.awardType(), line.achievement());
			if (line.personId() != null) {
				people.computeIfAbsent(award, key -> new ArrayList<>()).add(line.personId());
			}
			else {
				String field = "lines[" + i + "].unitCode";
				long unitId = units.findActiveByCode(line.unitCode())
					.orElseThrow(() -> new InvalidField(field, "api.unitUnknown"))
					.id();
				collectives.computeIfAbsent(award, key -> new ArrayList<>()).add(unitId);
			}
		}
		long id = proposal.getId();
		people.forEach(
				(award, ids) -> drafting.addPeople(id, proposal.getVersion(), ids, award.get(0), award.get(1), user));
		collectives.forEach(
				(award, ids) -> drafting.addUnits(id, proposal.getVersion(), ids, award.get(0), award.get(1), user));
		return id;
	}

	/**
	 * Adds a document to the dossier of a proposal still at the version the caller saw;
	 * the council's minutes carry its counts.
	 */
	void attach(long id, long version, DocumentKind kind, MultipartFile file, @Nullable Integer members,
			@Nullable Integer present, @Nullable Integer agree, CurrentUser user) {
		if (kind == DocumentKind.COUNCIL_MINUTES) {
			if (members == null || present == null || agree == null) {
				throw new InvalidField(members == null ? "members" : present == null ? "present" : "agree",
						"api.council.counts");
			}
			drafting.recordCouncil(id, version, members, present, agree, file, user);
			return;
		}
		StaleEditException.check("proposal", id, version, queries.header(id, user).proposal().getVersion());
		drafting.attach(id, kind, null, file, user);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
