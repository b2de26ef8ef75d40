package vn.thidua.unit.reorganisation;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import vn.thidua.unit.UnitKind;

/**
 * A stored operation of a reorganisation plan, in the plan's order.
 */
@Entity
@Table(name = "reorganisation_operation")
public class Operation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reorganisationId;

	private int position;

	@Enumerated(EnumType.STRING)
	private OperationKind kind;

	private String sourceCodes;

	private String targetCode;

	private @Nullable String targetName;

	@Enumerated(EnumType.STRING)
	private @Nullable UnitKind targetKind;

	private @Nullable String parentCode;

	private @Nullable String officialCode;

	private boolean disableAccounts;

	protected Operation() {
	}

	Operation(long reorganisationId, int position, OperationDraft draft) {
		this.reorganisationId = reorganisationId;
		this.position = position;
		this.kind = draft.kind();
		this.sourceCodes = String.join("; ", draft.sourceCodes());
		this.targetCode = draft.targetCode();
		this.targetName = draft.targetName();
		this.targetKind = draft.targetKind();
		this.parentCode = draft.parentCode();
		this.officialCode = draft.officialCode();
		this.disableAccounts = draft.disableAccounts();
	}

	public OperationDraft draft() {
		List<String> sources = Arrays.stream(sourceCodes.split(";"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
		return new OperationDraft(kind, sources, targetCode, targetName, targetKind, parentCode, officialCode,
				disableAccounts);
	}

	public Long getId() {
		return id;
	}

	public long getReorganisationId() {
		return reorganisationId;
	}

	public int getPosition() {
		return position;
	}

	public OperationKind getKind() {
		return kind;
	}

	public String getSourceCodes() {
		return sourceCodes;
	}

	public String getTargetCode() {
		return targetCode;
	}

	public @Nullable String getTargetName() {
		return targetName;
	}

	public @Nullable UnitKind getTargetKind() {
		return targetKind;
	}

	public @Nullable String getParentCode() {
		return parentCode;
	}

	public @Nullable String getOfficialCode() {
		return officialCode;
	}

	public boolean isDisableAccounts() {
		return disableAccounts;
	}

}
