package vn.thidua.unit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record MoveForm(@NotBlank String parentCode, @NotBlank @Size(max = 1000) String reason, @NotNull Long version) {
}
