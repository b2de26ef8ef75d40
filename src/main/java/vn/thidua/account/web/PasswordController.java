package vn.thidua.account.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.account.AccountManagement;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;

@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final AccountManagement accounts;

	PasswordController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("passwordForm", PasswordForm.empty());
		return "accounts/password";
	}

	@PostMapping
	String change(@Valid PasswordForm passwordForm, BindingResult result, CurrentUser user,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!result.hasErrors() && !passwordForm.newPassword().equals(passwordForm.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		if (result.hasErrors()) {
			return "accounts/password";
		}
		try {
			accounts.changeOwnPassword(user, passwordForm.currentPassword(), passwordForm.newPassword());
		}
		catch (BusinessRuleViolation violation) {
			String field = violation.messageKey().startsWith("password.current") ? "currentPassword" : "newPassword";
			result.rejectValue(field, violation.messageKey(), violation.args(), null);
			return "accounts/password";
		}
		Flash.success(redirect, "password.changed");
		return "redirect:/";
	}

}
