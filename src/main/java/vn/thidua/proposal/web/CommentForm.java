package vn.thidua.proposal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CommentForm(@NotBlank @Size(max = 1000) String comment) {

}
