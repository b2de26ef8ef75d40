package vn.thidua.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.proposal.CertificateSheet.Orientation;
import vn.thidua.proposal.CertificateSheet.Paper;

/**
 * How a province prints an award type's certificates onto the blanks it buys: the sheet
 * and, for every field, where it goes. Each save touches the layout itself, so that its
 * version moves whenever any field moves and a stale form is refused.
 */
@Entity
@Table(name = "certificate_layout")
public class CertificateLayout {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long scopeUnitId;

	private String awardTypeCode;

	@Enumerated(EnumType.STRING)
	private Paper paper;

	@Enumerated(EnumType.STRING)
	private Orientation orientation;

	private Instant updatedAt;

	private String updatedBy;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "layout_id", nullable = false, updatable = false)
	private List<CertificateLayoutField> fields = new ArrayList<>();

	@Version
	@Column(nullable = false)
	private Long version;

	protected CertificateLayout() {
	}

	CertificateLayout(long scopeUnitId, String awardTypeCode) {
		this.scopeUnitId = scopeUnitId;
		this.awardTypeCode = awardTypeCode;
	}

	void apply(LayoutDraft draft, Instant at, String by) {
		this.paper = draft.sheet().paper();
		this.orientation = draft.sheet().orientation();
		this.updatedAt = at;
		this.updatedBy = by;
		Map<CertificateField, CertificateLayoutField> existing = fields.stream()
			.collect(Collectors.toMap(CertificateLayoutField::getField, Function.identity()));
		for (FieldPlacement placement : draft.placements()) {
			CertificateLayoutField field = existing.get(placement.field());
			if (field == null) {
				fields.add(new CertificateLayoutField(placement));
			}
			else {
				field.apply(placement);
			}
		}
	}

	public CertificateSheet sheet() {
		return new CertificateSheet(paper, orientation);
	}

	/**
	 * Every field's placement, in the form's order.
	 */
	public List<FieldPlacement> placements() {
		return fields.stream()
			.map(CertificateLayoutField::placement)
			.sorted(Comparator.comparing(FieldPlacement::field))
			.toList();
	}

	public LayoutDraft draft() {
		return new LayoutDraft(sheet(), placements());
	}

	public Long getId() {
		return id;
	}

	public long getScopeUnitId() {
		return scopeUnitId;
	}

	public String getAwardTypeCode() {
		return awardTypeCode;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public Long getVersion() {
		return version;
	}

}
