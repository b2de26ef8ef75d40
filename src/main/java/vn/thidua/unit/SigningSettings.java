package vn.thidua.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A unit's saved signing settings (see {@link UnitSigning} for how they are read).
 */
@Entity
@Table(name = "unit_signing")
public class SigningSettings {

	@Id
	private Long unitId;

	private String symbol;

	private @Nullable String headTitle;

	private @Nullable String headName;

	private @Nullable String deputyTitle;

	private @Nullable String deputyName;

	@Version
	@Column(nullable = false)
	private Long version;

	protected SigningSettings() {
	}

	SigningSettings(long unitId, SigningDetails details) {
		this.unitId = unitId;
		change(details);
	}

	void change(SigningDetails details) {
		this.symbol = details.symbol();
		this.headTitle = details.headTitle();
		this.headName = details.headName();
		this.deputyTitle = details.deputyTitle();
		this.deputyName = details.deputyName();
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getSymbol() {
		return symbol;
	}

	public @Nullable String getHeadTitle() {
		return headTitle;
	}

	public @Nullable String getHeadName() {
		return headName;
	}

	public @Nullable String getDeputyTitle() {
		return deputyTitle;
	}

	public @Nullable String getDeputyName() {
		return deputyName;
	}

	public Long getVersion() {
		return version;
	}

}
