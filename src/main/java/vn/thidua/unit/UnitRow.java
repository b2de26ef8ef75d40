package vn.thidua.unit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.text.UnitNames;

/**
 * A unit as lists and other modules read it.
 */
public record UnitRow(long id, String code, String name, UnitKind kind, @Nullable Long parentId, String path, int depth,
		LocalDate validFrom, @Nullable LocalDate validTo, boolean active, long version, int childCount,
		@Nullable Long successorId, @Nullable String officialCode, long currentId) {

	/**
	 * The ids of this unit's ancestors from {@code topId} down, read off the path; empty
	 * when {@code topId} is not above this unit.
	 */
	public List<Long> ancestorIdsFrom(long topId) {
		List<Long> ids = Arrays.stream(path.split("/"))
			.filter(part -> !part.isEmpty())
			.map(Long::valueOf)
			.filter(ancestor -> ancestor != id)
			.toList();
		int top = ids.indexOf(topId);
		return top < 0 ? List.of() : ids.subList(top, ids.size());
	}

	/**
	 * Whether this unit lies in the subtree of another, not counting subtrees that one
	 * inherited in a reorganisation (see {@link UnitCatalog#isWithin}).
	 */
	public boolean isBelow(long ancestorId) {
		return id != ancestorId && path.contains("/" + ancestorId + "/");
	}

	private static final Set<UnitKind> TERRITORIAL = Set.of(UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.COMMUNE);

	/**
	 * Whether the unit is a province, district or commune, run by a people's committee.
	 */
	public boolean territorial() {
		return TERRITORIAL.contains(kind);
	}

	/**
	 * The unit's name inside a sentence, as an officer writes it: "tỉnh Vĩnh Long", "xã
	 * Mỹ Hòa" (the kind in lower case after "Ủy ban nhân dân" or in running text), but
	 * "Sở Nội vụ" (an agency's name keeps its capital); see {@link UnitNames}.
	 */
	public String inSentence() {
		return UnitNames.inSentence(name);
	}

	public boolean isWithin(UnitRow ancestor) {
		return path.startsWith(ancestor.path());
	}

}
