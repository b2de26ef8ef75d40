package vn.thidua.proposal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Where one field of a certificate blank is printed: its box's top-left corner and width
 * in millimetres from the sheet's top-left corner, the font size in points, weight, slant
 * and alignment within the box. Written through this entity so that the audit log records
 * every change.
 */
@Entity
@Table(name = "certificate_layout_field")
public class CertificateLayoutField {

	public enum Alignment {

		LEFT, CENTER, RIGHT

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private CertificateField field;

	@Column(name = "x_mm")
	private BigDecimal xMm;

	@Column(name = "y_mm")
	private BigDecimal yMm;

	private BigDecimal widthMm;

	private BigDecimal fontSize;

	private boolean bold;

	private boolean italic;

	@Enumerated(EnumType.STRING)
	private Alignment alignment;

	@Version
	@Column(nullable = false)
	private Long version;

	protected CertificateLayoutField() {
	}

	CertificateLayoutField(FieldPlacement placement) {
		this.field = placement.field();
		apply(placement);
	}

	void apply(FieldPlacement placement) {
		this.xMm = placement.xMm();
		this.yMm = placement.yMm();
		this.widthMm = placement.widthMm();
		this.fontSize = placement.fontSize();
		this.bold = placement.bold();
		this.italic = placement.italic();
		this.alignment = placement.alignment();
	}

	public FieldPlacement placement() {
		return new FieldPlacement(field, xMm, yMm, widthMm, fontSize, bold, italic, alignment);
	}

	public CertificateField getField() {
		return field;
	}

}
