package vn.thidua.unit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

record DeactivateForm(@NotNull LocalDate validTo, @NotNull Long version) {
}
