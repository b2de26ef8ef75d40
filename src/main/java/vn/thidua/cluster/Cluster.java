package vn.thidua.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * An emulation cluster (cụm, territorial units) or block (khối, agencies of one sector)
 * under a supervising level, such as the province's reward board.
 */
@Entity
public class Cluster {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private ClusterKind kind;

	private long supervisingUnitId;

	private @Nullable String description;

	@Version
	@Column(nullable = false)
	private Long version;

	protected Cluster() {
	}

	Cluster(String code, String name, ClusterKind kind, long supervisingUnitId, @Nullable String description) {
		this.supervisingUnitId = supervisingUnitId;
		describe(code, name, kind, description);
	}

	void describe(String code, String name, ClusterKind kind, @Nullable String description) {
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.description = description;
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

	public ClusterKind getKind() {
		return kind;
	}

	public long getSupervisingUnitId() {
		return supervisingUnitId;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public Long getVersion() {
		return version;
	}

}
