package vn.thidua.unit.reorganisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.thidua.shared.web.VietnameseDateFormatter;
import vn.thidua.unit.Reorganiser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitRow;

/**
 * Checks a plan against the tree as it stands and lists every problem at once; a plan
 * without problems resolves into the units to create (parents first) and to end.
 */
@Component
class PlanCheck {

	/**
	 * The day the district level ended: no district is created from then on.
	 */
	static final LocalDate NO_DISTRICTS_FROM = LocalDate.of(2025, 7, 1);

	private static final String CODE = "[A-Za-z0-9._-]{1,40}";

	private final UnitCatalog catalog;

	PlanCheck(UnitCatalog catalog) {
		this.catalog = catalog;
	}

	record Line(int row, OperationDraft operation) {
	}

	private record Target(int row, String code, String name, UnitKind kind, String parentCode,
			@Nullable String officialCode) {
	}

	CheckedPlan check(List<Line> lines, LocalDate effectiveOn, UnitRow scope) {
		return new Run(lines, effectiveOn, scope).check();
	}

	private final class Run {

		private final List<Line> lines;

		private final LocalDate effectiveOn;

		private final UnitRow scope;

		private final List<PlanProblem> problems = new ArrayList<>();

		private final Map<String, UnitRow> stored;

		private final Map<Long, UnitRow> parentsOfSources;

		private final Map<String, Integer> sourceRow = new HashMap<>();

		private final Map<Long, List<String>> successors = new LinkedHashMap<>();

		private final Map<Long, Boolean> disable = new HashMap<>();

		private final Map<String, Target> created = new LinkedHashMap<>();

		Run(List<Line> lines, LocalDate effectiveOn, UnitRow scope) {
			this.lines = lines;
			this.effectiveOn = effectiveOn;
			this.scope = scope;
			Set<String> codes = new HashSet<>();
			lines.forEach(line -> {
				codes.addAll(line.operation().sourceCodes());
				codes.add(line.operation().targetCode());
				if (line.operation().parentCode() != null) {
					codes.add(line.operation().parentCode());
				}
			});
			this.stored = catalog.findActiveByCodes(codes);
			List<Long> parentIds = stored.values()
				.stream()
				.map(UnitRow::parentId)
				.filter(java.util.Objects::nonNull)
				.toList();
			this.parentsOfSources = catalog.findAll(parentIds)
				.stream()
				.collect(Collectors.toMap(UnitRow::id, Function.identity()));
		}

		CheckedPlan check() {
			if (lines.isEmpty()) {
				problems.add(new PlanProblem(0, "", "reorganisation.problem.empty"));
			}
			lines.forEach(this::sources);
			lines.forEach(this::target);
			checkParents();
			checkOrphans();
			if (!problems.isEmpty()) {
				return new CheckedPlan(List.copyOf(problems), List.of(), List.of());
			}
			List<Reorganiser.Handover> handovers = new ArrayList<>();
			successors.forEach(
					(id, codes) -> handovers.add(new Reorganiser.Handover(id, codes, disable.getOrDefault(id, false))));
			return new CheckedPlan(List.of(), parentsFirst(), handovers);
		}

		private void sources(Line line) {
			OperationDraft op = line.operation();
			if (op.sourceCodes().isEmpty()) {
				problem(line, "sourceCodes", "reorganisation.problem.sourcesRequired");
				return;
			}
			if (op.sourceCodes().size() > 1 && op.kind() != OperationKind.MERGE
					&& op.kind() != OperationKind.DISSOLVE) {
				problem(line, "sourceCodes", "reorganisation.problem.oneSource");
			}
			for (String code : op.sourceCodes()) {
				UnitRow unit = stored.get(code);
				if (unit == null || !unit.isWithin(scope)) {
					problem(line, "sourceCodes", "reorganisation.problem.sourceUnknown", code);
					continue;
				}
				if (unit.parentId() == null || unit.id() == scope.id()) {
					problem(line, "sourceCodes", "reorganisation.problem.sourceOutOfReach", unit.name());
					continue;
				}
				Integer first = sourceRow.putIfAbsent(code, line.row());
				boolean splitAgain = op.kind() == OperationKind.SPLIT && first != null && lines.stream()
					.anyMatch(l -> l.row() == first && l.operation().kind() == OperationKind.SPLIT);
				if (first != null && !splitAgain) {
					problem(line, "sourceCodes", "reorganisation.problem.sourceTwice", code, first);
					continue;
				}
				if (!unit.validFrom().isBefore(effectiveOn)) {
					problem(line, "sourceCodes", "reorganisation.problem.sourceTooNew", unit.name(), unit.validFrom());
					continue;
				}
				successors.computeIfAbsent(unit.id(), id -> new ArrayList<>()).add(targetCode(op));
				disable.putIfAbsent(unit.id(), op.disableAccounts());
			}
		}

		private String targetCode(OperationDraft op) {
			if (!op.targetCode().isBlank() || op.sourceCodes().isEmpty()) {
				return op.targetCode();
			}
			return op.kind() == OperationKind.RENAME || op.kind() == OperationKind.MOVE ? op.sourceCodes().getFirst()
					: op.targetCode();
		}

		private void target(Line line) {
			OperationDraft op = line.operation();
			String code = targetCode(op);
			UnitRow source = op.sourceCodes().isEmpty() ? null : stored.get(op.sourceCodes().getFirst());
			boolean existing = switch (op.kind()) {
				case DISSOLVE -> true;
				case MERGE -> blank(op.targetName());
				default -> false;
			};
			if (code.isBlank()) {
				problem(line, "targetCode", "reorganisation.problem.targetRequired");
				return;
			}
			if (existing) {
				UnitRow heir = stored.get(code);
				boolean inPlan = created.containsKey(code) || lines.stream()
					.anyMatch(l -> !existingTarget(l.operation()) && targetCode(l.operation()).equals(code));
				if (op.sourceCodes().contains(code)) {
					problem(line, "targetCode", "reorganisation.problem.heirIsSource", code);
				}
				else if (!inPlan && (heir == null || !heir.isWithin(scope) || ending(heir))) {
					problem(line, "targetCode", "reorganisation.problem.heirUnknown", code);
				}
				return;
			}
			String name = blank(op.targetName()) && source != null && op.kind() == OperationKind.MOVE ? source.name()
					: op.targetName();
			UnitKind kind = op.targetKind() == null && source != null && op.kind() != OperationKind.MERGE
					&& op.kind() != OperationKind.SPLIT ? source.kind() : op.targetKind();
			String parentCode = blank(op.parentCode()) && source != null && op.kind() == OperationKind.RENAME
					? parentCodeOf(source) : op.parentCode();
			String official = blank(op.officialCode()) && source != null
					&& (op.kind() == OperationKind.RENAME || op.kind() == OperationKind.MOVE) ? source.officialCode()
							: op.officialCode();
			if (!code.matches(CODE)) {
				problem(line, "targetCode", "reorganisation.problem.codePattern", code);
			}
			else if (created.containsKey(code)) {
				problem(line, "targetCode", "reorganisation.problem.targetTwice", code, created.get(code).row());
			}
			else if (stored.containsKey(code) && !ending(stored.get(code))) {
				problem(line, "targetCode", "reorganisation.problem.codeTaken", code);
			}
			if (blank(name)) {
				problem(line, "targetName", "reorganisation.problem.nameRequired");
			}
			else if (name.length() > 255) {
				problem(line, "targetName", "reorganisation.problem.nameTooLong");
			}
			if (kind == null || kind == UnitKind.NATIONAL) {
				problem(line, "targetKind", "reorganisation.problem.kindRequired");
			}
			else if (kind == UnitKind.DISTRICT && !effectiveOn.isBefore(NO_DISTRICTS_FROM)) {
				problem(line, "targetKind", "reorganisation.problem.noDistricts");
			}
			if (blank(parentCode)) {
				problem(line, "parentCode", "reorganisation.problem.parentRequired");
			}
			if (official != null && !official.isBlank() && !official.matches("[0-9]{2,5}")) {
				problem(line, "officialCode", "reorganisation.problem.officialCode", official);
			}
			if (!blank(name) && kind != null && !blank(parentCode) && code.matches(CODE)) {
				created.putIfAbsent(code,
						new Target(line.row(), code, name, kind, parentCode, blank(official) ? null : official));
			}
		}

		private boolean existingTarget(OperationDraft op) {
			return op.kind() == OperationKind.DISSOLVE || (op.kind() == OperationKind.MERGE && blank(op.targetName()));
		}

		private @Nullable String parentCodeOf(UnitRow unit) {
			UnitRow parent = unit.parentId() == null ? null : parentsOfSources.get(unit.parentId());
			return parent == null ? null : parent.code();
		}

		private boolean ending(UnitRow unit) {
			return successors.containsKey(unit.id());
		}

		private void checkParents() {
			for (Target target : created.values()) {
				Set<String> seen = new HashSet<>();
				Target at = target;
				while (at != null && seen.add(at.code())) {
					at = created.get(at.parentCode());
				}
				if (at != null) {
					problems.add(new PlanProblem(target.row(), "parentCode", "reorganisation.problem.parentCycle",
							target.parentCode()));
					continue;
				}
				String top = topParent(target);
				UnitRow parent = known(top);
				if (!created.containsKey(top) && (parent == null || !parent.isWithin(scope) || ending(parent))) {
					problems
						.add(new PlanProblem(target.row(), "parentCode", "reorganisation.problem.parentUnknown", top));
				}
			}
		}

		private @Nullable UnitRow known(String code) {
			UnitRow unit = stored.get(code);
			return unit != null ? unit
					: parentsOfSources.values()
						.stream()
						.filter(parent -> parent.active() && parent.code().equals(code))
						.findFirst()
						.orElse(null);
		}

		private String topParent(Target target) {
			Target at = target;
			while (created.containsKey(at.parentCode())) {
				at = created.get(at.parentCode());
			}
			return at.parentCode();
		}

		private void checkOrphans() {
			if (successors.isEmpty()) {
				return;
			}
			for (UnitRow child : catalog.activeChildren(successors.keySet())) {
				if (!successors.containsKey(child.id())) {
					UnitRow parent = catalog.get(java.util.Objects.requireNonNull(child.parentId()));
					problems.add(new PlanProblem(0, "", "reorganisation.problem.orphan", child.name(), child.code(),
							parent.name()));
				}
			}
		}

		private List<Reorganiser.NewUnit> parentsFirst() {
			List<Reorganiser.NewUnit> ordered = new ArrayList<>();
			Set<String> placed = new HashSet<>();
			while (ordered.size() < created.size()) {
				for (Target target : created.values()) {
					if (!placed.contains(target.code())
							&& (!created.containsKey(target.parentCode()) || placed.contains(target.parentCode()))) {
						ordered.add(new Reorganiser.NewUnit(target.code(), target.name(), target.kind(),
								target.parentCode(), target.officialCode()));
						placed.add(target.code());
					}
				}
			}
			return ordered;
		}

		private void problem(Line line, String field, String key, Object... args) {
			problems.add(new PlanProblem(line.row(), field, key, args));
		}

		private static boolean blank(@Nullable String text) {
			return text == null || text.isBlank();
		}

	}

}
