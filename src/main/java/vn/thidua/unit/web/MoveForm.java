package vn.thidua.unit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

record MoveForm(@NotBlank String parentCode, @NotNull Long version) {
}
