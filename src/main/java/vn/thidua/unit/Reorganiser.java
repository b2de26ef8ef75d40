package vn.thidua.unit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * Carries out a checked reorganisation on the tree, all or nothing: predecessors end the
 * day before the effective date and are never rewritten, successors start on it, each
 * predecessor's heir inherits its history (scope) and its work of today (through every
 * {@link SuccessionParticipant}).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Reorganiser {

	/**
	 * A unit the plan creates, under an active unit or one created before it.
	 */
	public record NewUnit(String code, String name, UnitKind kind, String parentCode, @Nullable String officialCode) {
	}

	/**
	 * A unit the plan ends, with its successors by code; the first is its heir.
	 */
	public record Handover(long predecessorId, List<String> successorCodes, boolean disableAccounts) {
	}

	private final Units units;

	private final JdbcClient jdbc;

	private final List<SuccessionParticipant> participants;

	Reorganiser(Units units, JdbcClient jdbc, List<SuccessionParticipant> participants) {
		this.units = units;
		this.jdbc = jdbc;
		this.participants = participants;
	}

	/**
	 * What would follow a plan that ends these units, module by module.
	 */
	public List<SuccessionEffect> preview(Set<Long> ending, Set<Long> disableAccountsOf) {
		return participants.stream()
			.flatMap(participant -> participant.preview(ending, disableAccountsOf).stream())
			.filter(effect -> effect.count() > 0)
			.toList();
	}

	public Map<String, Long> apply(long reorganisationId, LocalDate effectiveOn, List<NewUnit> creations,
			List<Handover> handovers) {
		Map<Long, Unit> ended = new HashMap<>();
		for (Handover handover : handovers) {
			Unit unit = units.findById(handover.predecessorId()).orElseThrow();
			unit.end(effectiveOn.minusDays(1));
			ended.put(unit.getId(), unit);
		}
		units.flush();
		Map<String, Unit> created = new HashMap<>();
		for (NewUnit spec : creations) {
			Unit parent = created.containsKey(spec.parentCode()) ? created.get(spec.parentCode())
					: active(spec.parentCode());
			if (units.existsByCodeAndActiveTrue(spec.code())) {
				throw new BusinessRuleViolation("unit.code.taken", spec.code());
			}
			Unit unit = new Unit(units.nextId(), spec.code(), spec.name(), spec.kind(), parent, effectiveOn);
			unit.officialCode(spec.officialCode());
			created.put(spec.code(), units.saveAndFlush(unit));
		}
		Map<Long, Long> heirs = new HashMap<>();
		Set<Long> disable = new HashSet<>();
		for (Handover handover : handovers) {
			Unit predecessor = ended.get(handover.predecessorId());
			boolean first = true;
			for (String code : handover.successorCodes()) {
				Unit successor = created.containsKey(code) ? created.get(code) : active(code);
				succeed(reorganisationId, predecessor, successor, first);
				if (first) {
					predecessor.handOverTo(successor);
					heirs.put(predecessor.getId(), successor.getId());
				}
				first = false;
			}
			if (handover.disableAccounts()) {
				disable.add(predecessor.getId());
			}
		}
		units.flush();
		jdbc.sql("""
				delete from unit_heritage h where exists (select 1 from unit_heritage o
				    where o.heir_id = h.heir_id and o.path <> h.path and unit_in_subtree(h.path, o.path))
				""").update();
		Succession succession = new Succession(reorganisationId, effectiveOn, heirs, disable);
		participants.forEach(participant -> participant.apply(succession));
		Map<String, Long> ids = new HashMap<>();
		created.forEach((code, unit) -> ids.put(code, unit.getId()));
		return ids;
	}

	private Unit active(String code) {
		return units.findByCodeAndActiveTrue(code)
			.orElseThrow(() -> new BusinessRuleViolation("reorganisation.unitUnknown", code));
	}

	/**
	 * Records the succession; the heir also takes over what its predecessor carried and
	 * every unit above the successor inherits the predecessor's history.
	 */
	private void succeed(long reorganisationId, Unit predecessor, Unit successor, boolean heir) {
		jdbc.sql("""
				insert into unit_succession (predecessor_id, successor_id, reorganisation_id, heir)
				values (?, ?, ?, ?)
				""").params(predecessor.getId(), successor.getId(), reorganisationId, heir).update();
		if (heir) {
			jdbc.sql("update unit set current_id = ? where current_id = ?")
				.params(successor.getId(), predecessor.getId())
				.update();
		}
		jdbc.sql("""
				insert into unit_heritage (heir_id, path)
				select a.id, inherited.path
				from unit a, (select :path as path union select path from unit_heritage where heir_id = :pred) inherited
				where unit_in_subtree(:successorPath, a.path) and not unit_in_subtree(inherited.path, a.path)
				on conflict do nothing
				""")
			.param("path", predecessor.getPath())
			.param("pred", predecessor.getId())
			.param("successorPath", successor.getPath())
			.update();
	}

}
