package vn.thidua.cluster.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.cluster.ClusterKind;

record ClusterForm(
		@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._/-]*", message = "{cluster.code.pattern}") String code,
		@NotBlank @Size(max = 300) String name, @NotNull ClusterKind kind,
		@NotBlank @Size(max = 40) String supervisingUnitCode, @Nullable @Size(max = 4000) String description) {

	static ClusterForm empty(String unitCode) {
		return new ClusterForm("", "", ClusterKind.CLUSTER, unitCode, null);
	}

}
