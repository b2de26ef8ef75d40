package vn.thidua.cluster.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import vn.thidua.cluster.ReviewPeriod;
import vn.thidua.shared.web.ValidDate;

record ReviewForm(@NotNull ReviewPeriod period, @NotBlank @ValidDate String deadline) {

}
