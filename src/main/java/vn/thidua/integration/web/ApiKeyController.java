package vn.thidua.integration.web;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.thidua.integration.ApiAccess;
import vn.thidua.integration.ApiKey;
import vn.thidua.integration.ApiKeyManagement;
import vn.thidua.integration.ApiKeyManagement.CreatedKey;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * The administrators' pages for integration keys: the list of their subtree's keys,
 * creating one — its secret shown on the answer page only, never again — and revoking.
 */
@Controller
@RequestMapping("/api-keys")
class ApiKeyController {

	private static final int PAGE_SIZE = 50;

	private final ApiKeyManagement keys;

	private final UnitCatalog units;

	ApiKeyController(ApiKeyManagement keys, UnitCatalog units) {
		this.keys = keys;
		this.units = units;
	}

	@ModelAttribute("accessChoices")
	ApiAccess[] accessChoices() {
		return ApiAccess.values();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, CurrentUser admin, Model model) {
		Page<ApiKey> found = keys.list(admin, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("keys", found);
		model.addAttribute("unitNames",
				units.findAll(found.map(ApiKey::getUnitId).toList())
					.stream()
					.collect(Collectors.toMap(UnitRow::id, UnitRow::name)));
		return "api-keys/list";
	}

	@GetMapping("/new")
	String newForm(CurrentUser admin, Model model) {
		model.addAttribute("apiKeyForm", ApiKeyForm.empty());
		return form(admin, model);
	}

	@PostMapping
	String create(@Valid ApiKeyForm apiKeyForm, BindingResult result, CurrentUser admin, Model model,
			HttpServletResponse response) {
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			try {
				CreatedKey created = keys.create(apiKeyForm.name(), apiKeyForm.unitCode(), apiKeyForm.access(), admin);
				response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
				model.addAttribute("created", created);
				model.addAttribute("unit", units.get(created.key().getUnitId()));
				model.addAttribute("baseUrl", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
				return "api-keys/created";
			}
			catch (BusinessRuleViolation violation) {
				result.rejectValue("unitCode", violation.messageKey(), violation.args(), violation.messageKey());
			}
		}
		return form(admin, model);
	}

	@GetMapping("/{id}/revoke")
	String revokeForm(@PathVariable long id, CurrentUser admin, Model model) {
		ApiKey key = keys.show(id, admin);
		model.addAttribute("key", key);
		model.addAttribute("unit", units.get(key.getUnitId()));
		return "api-keys/revoke";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam long version, CurrentUser admin, RedirectAttributes redirect) {
		Flash.attempt(redirect, () -> {
			ApiKey key = keys.revoke(id, version, admin);
			return Flash.message("apiKey.revoked", key.getName());
		});
		return "redirect:/api-keys";
	}

	private String form(CurrentUser admin, Model model) {
		return "api-keys/form";
	}

}
