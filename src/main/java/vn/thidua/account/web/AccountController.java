package vn.thidua.account.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.account.Account;
import vn.thidua.account.AccountManagement;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.shared.export.Exports;
import vn.thidua.shared.export.Rows;
import vn.thidua.account.AccountRow;
import vn.thidua.shared.export.TableBuilder;
import java.util.Arrays;
import java.util.stream.Collectors;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@Controller
@RequestMapping("/accounts")
class AccountController {

	private static final int PAGE_SIZE = 50;

	private final AccountManagement accounts;

	private final UnitCatalog units;

	private final Exports exports;

	AccountController(AccountManagement accounts, UnitCatalog units, Exports exports) {
		this.accounts = accounts;
		this.units = units;
		this.exports = exports;
	}

	@ModelAttribute("allRoles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "false") boolean ended,
			@RequestParam(defaultValue = "0") int page, CurrentUser admin, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("ended", ended);
		model.addAttribute("accounts", accounts.list(q, ended, admin, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "accounts/list";
	}

	@GetMapping("/export.{format:xlsx|pdf}")
	void export(@PathVariable String format, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "false") boolean ended, CurrentUser admin, HttpServletResponse response)
			throws IOException {
		TableBuilder<AccountRow> table = exports.<AccountRow>table("accounts.title").note("accounts.search", q);
		table.text("account.username", AccountRow::username)
			.text("account.fullName", AccountRow::fullName)
			.text("account.unit",
					row -> row.unitActive() ? row.unitName()
							: row.unitName() + " (" + table.text("account.unitEnded") + ")")
			.text("account.roles",
					row -> Arrays.stream(row.roles().split(","))
						.map(role -> table.text("Role." + role.strip()))
						.collect(Collectors.joining(", ")))
			.message("unit.status",
					row -> !row.enabled() ? "account.disabled" : row.locked() ? "account.locked" : "account.enabled");
		exports.download(format, "tai-khoan", table.build(), Rows.pages(page -> accounts.list(q, ended, admin, page)),
				response);
	}

	@GetMapping("/new")
	String newForm(CurrentUser admin, Model model) {
		model.addAttribute("accountForm", AccountForm.empty());
		return form(admin, model);
	}

	@PostMapping
	String create(@Valid AccountForm accountForm, BindingResult result, CurrentUser admin, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (accountForm.username() == null || accountForm.username().isBlank()) {
			result.rejectValue("username", "NotBlank");
		}
		if (accountForm.password() == null || accountForm.password().isBlank()) {
			result.rejectValue("password", "NotBlank");
		}
		if (!result.hasErrors()) {
			try {
				Account account = accounts.create(accountForm.username(), accountForm.password(),
						accountForm.toDetails(), true, admin);
				Flash.success(redirect, "account.created", account.getUsername());
				return "redirect:/accounts/" + account.getId() + "/edit";
			}
			catch (BusinessRuleViolation violation) {
				reject(result, violation);
			}
		}
		return form(admin, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, CurrentUser admin, Model model) {
		Account account = accounts.show(id, admin);
		model.addAttribute("account", account);
		model.addAttribute("accountForm", AccountForm.from(account, units.get(account.getUnitId()).code()));
		model.addAttribute("resetPasswordForm", new ResetPasswordForm(""));
		return form(admin, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid AccountForm accountForm, BindingResult result, CurrentUser admin,
			Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			try {
				long version = accountForm.version() == null ? -1 : accountForm.version();
				accounts.update(id, version, accountForm.toDetails(), admin);
				Flash.success(redirect, "account.updated", accountForm.username());
				return "redirect:/accounts";
			}
			catch (BusinessRuleViolation violation) {
				reject(result, violation);
			}
		}
		model.addAttribute("account", accounts.show(id, admin));
		model.addAttribute("resetPasswordForm", new ResetPasswordForm(""));
		return form(admin, model);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid ResetPasswordForm resetPasswordForm, BindingResult result,
			CurrentUser admin, RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (result.hasErrors()) {
			Flash.error(redirect, "password.tooShort", 8);
			return "redirect:/accounts/" + id + "/edit";
		}
		Flash.attempt(redirect, () -> {
			Account account = accounts.resetPassword(id, resetPasswordForm.temporaryPassword(), admin);
			return Flash.message("account.passwordReset", account.getUsername());
		});
		return "redirect:/accounts/" + id + "/edit";
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, CurrentUser admin, RedirectAttributes redirect) {
		Flash.success(redirect, accounts.unlock(id, admin) ? "account.unlocked" : "account.notLocked");
		return "redirect:/accounts/" + id + "/edit";
	}

	private String form(CurrentUser admin, Model model) {
		return "accounts/form";
	}

	private static void reject(BindingResult result, BusinessRuleViolation violation) {
		Forms.reject(result, violation, key -> key.startsWith("account.username") ? "username"
				: key.startsWith("password") ? "password" : key.startsWith("account.unit") ? "unitCode" : null);
	}

}
