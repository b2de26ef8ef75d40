package vn.thidua.unit;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.text.Diacritics;

/**
 * A node of the organisation tree. Its materialised {@code path} ("/1/5/23/") makes
 * subtree look-ups one index range; a unit that is merged or dissolved is deactivated,
 * never deleted.
 */
@Entity
public class Unit {

	@Id
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	private @Nullable Long parentId;

	private String path;

	private int depth;

	private String searchText;

	private LocalDate validFrom;

	private @Nullable LocalDate validTo;

	private boolean active;

	private @Nullable Long successorId;

	private @Nullable String officialCode;

	@Version
	@Column(nullable = false)
	private Long version;

	protected Unit() {
	}

	Unit(Long id, String code, String name, UnitKind kind, @Nullable Unit parent, LocalDate validFrom) {
		this.id = id;
		this.active = true;
		describe(code, name, kind, validFrom);
		placeUnder(parent);
	}

	void describe(String code, String name, UnitKind kind, LocalDate validFrom) {
		if (validTo != null && validTo.isBefore(validFrom)) {
			throw new BusinessRuleViolation("unit.validTo.beforeValidFrom");
		}
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.validFrom = validFrom;
		this.searchText = Diacritics.fold(name + " " + code);
	}

	/**
	 * Moves this unit under another one and returns the old path, whose descendants must
	 * follow.
	 */
	String moveUnder(Unit newParent) {
		if (newParent.isWithin(this)) {
			throw new BusinessRuleViolation("unit.move.cycle");
		}
		if (!newParent.isActive()) {
			throw new BusinessRuleViolation("unit.parent.inactive");
		}
		String oldPath = path;
		placeUnder(newParent);
		return oldPath;
	}

	/**
	 * Ends this unit on a date, optionally naming the active unit that takes it over.
	 */
	void deactivate(LocalDate on, @Nullable Unit successor) {
		if (!active) {
			throw new BusinessRuleViolation("unit.alreadyInactive");
		}
		if (on.isBefore(validFrom)) {
			throw new BusinessRuleViolation("unit.validTo.beforeValidFrom");
		}
		if (successor != null && (successor.isWithin(this) || !successor.isActive())) {
			throw new BusinessRuleViolation("unit.successor.invalid");
		}
		this.active = false;
		this.validTo = on;
		this.successorId = successor == null ? null : successor.getId();
	}

	/**
	 * Ends this unit on its last day in a reorganisation; the unit keeps its name, parent
	 * and path for the dates it existed.
	 */
	void end(LocalDate lastDay) {
		if (!active) {
			throw new BusinessRuleViolation("unit.alreadyInactive");
		}
		if (lastDay.isBefore(validFrom)) {
			throw new BusinessRuleViolation("reorganisation.sourceTooNew", name);
		}
		this.active = false;
		this.validTo = lastDay;
	}

	void handOverTo(Unit heir) {
		this.successorId = heir.getId();
	}

	void officialCode(@Nullable String officialCode) {
		this.officialCode = officialCode;
	}

	private void placeUnder(@Nullable Unit parent) {
		this.parentId = parent == null ? null : parent.getId();
		this.path = (parent == null ? "/" : parent.getPath()) + id + "/";
		this.depth = parent == null ? 0 : parent.getDepth() + 1;
	}

	public boolean isWithin(Unit ancestor) {
		return path.startsWith(ancestor.getPath());
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public UnitKind getKind() {
		return kind;
	}

	public @Nullable Long getParentId() {
		return parentId;
	}

	public String getPath() {
		return path;
	}

	public int getDepth() {
		return depth;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public @Nullable LocalDate getValidTo() {
		return validTo;
	}

	public boolean isActive() {
		return active;
	}

	public @Nullable Long getSuccessorId() {
		return successorId;
	}

	public @Nullable String getOfficialCode() {
		return officialCode;
	}

	public Long getVersion() {
		return version;
	}

}
