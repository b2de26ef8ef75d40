package vn.thidua.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ResetPasswordForm(@NotBlank @Size(max = 100) String temporaryPassword) {
}
