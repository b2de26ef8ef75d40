package vn.thidua.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;

@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final AccountManagement accounts;

	private final SecurityContextRepository sessionContext = new HttpSessionSecurityContextRepository();

	PasswordController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("passwordForm", PasswordForm.empty());
		return "accounts/password";
	}

	@PostMapping
	String change(@Valid PasswordForm passwordForm, BindingResult result, CurrentUser user, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
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
			Forms.reject(result, violation,
					key -> key.startsWith("password.current") ? "currentPassword" : "newPassword");
			return "accounts/password";
		}
		passwordChanged(request, response);
		Flash.success(redirect, "password.changed");
		return "redirect:/";
	}

	/**
	 * The session's user no longer has to change the password, so every page opens again.
	 */
	private void passwordChanged(HttpServletRequest request, HttpServletResponse response) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn != null && signedIn.getPrincipal() instanceof SignedInUser user && user.mustChangePassword()) {
			var refreshed = new SignedInUser(user.currentUser(), "", true, true, false);
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(refreshed, null, signedIn.getAuthorities()));
			SecurityContextHolder.setContext(context);
			sessionContext.saveContext(context, request, response);
		}
	}

}
