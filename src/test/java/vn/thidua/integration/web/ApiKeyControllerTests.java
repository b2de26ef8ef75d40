package vn.thidua.integration.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.thidua.integration.ApiAccess;
import vn.thidua.integration.ApiKey;
import vn.thidua.integration.ApiKeyManagement;
import vn.thidua.integration.ApiKeyManagement.CreatedKey;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.Role;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitRow;
import vn.thidua.support.WebSliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.WebSlicePages.fieldError;
import static vn.thidua.support.WebSlicePages.shows;
import static vn.thidua.support.WebSliceUsers.as;
import static vn.thidua.support.WebSliceUsers.current;

/**
 * The administrators' integration keys pages, in a web slice: only administrators reach
 * them, a form missing its values or naming a unit the service refuses is shown again
 * with the reason beside the field, the secret's page is never cached, a refused
 * revocation is flashed on the list, and an unknown key is a 404 page.
 */
@WebSliceTest(ApiKeyController.class)
class ApiKeyControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ApiKeyManagement keys;

	@MockitoBean
	UnitCatalog units;

	@Test
	void onlyAdministratorsReachTheKeys() throws Exception {
		for (Role role : List.of(Role.OFFICER, Role.UNIT_REPORTER, Role.BOARD_CHAIR)) {
			mvc.perform(get("/api-keys").with(as(role))).andExpect(status().isForbidden());
			mvc.perform(post("/api-keys").param("name", "Cổng dịch vụ công")
				.param("unitCode", "VL")
				.param("access", "WRITE")
				.with(as(role))
				.with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api-keys")).andExpect(redirectedUrl("/login"));
		verifyNoInteractions(keys);
	}

	@Test
	void aFormWithoutNameOrUnitIsShownAgainAndNoKeyIsMade() throws Exception {
		mvc.perform(post("/api-keys").param("name", "  ")
			.param("unitCode", "")
			.param("access", "READ")
			.with(as(Role.ADMIN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(fieldError("name", "Không được để trống."))
			.andExpect(fieldError("unitCode", "Không được để trống."));
		verify(keys, never()).create(any(), any(), any(), any());
	}

	/**
	 * No form offers another access: a request carrying one was tampered with.
	 */
	@Test
	void anAccessNoFormOffersIsABadRequestAndNoKeyIsMade() throws Exception {
		mvc.perform(post("/api-keys").param("name", "Cổng dịch vụ công")
			.param("unitCode", "VL")
			.param("access", "ADMIN")
			.with(as(Role.ADMIN))
			.with(csrf())).andExpect(status().isBadRequest());
		verify(keys, never()).create(any(), any(), any(), any());
	}

	@Test
	void aUnitTheServiceRefusesIsShownBesideTheUnitCode() throws Exception {
		when(keys.create(eq("Cổng dịch vụ công"), eq("XX"), eq(ApiAccess.READ), any()))
			.thenThrow(new BusinessRuleViolation("apiKey.unitUnknown", "XX"));
		mvc.perform(post("/api-keys").param("name", "Cổng dịch vụ công")
			.param("unitCode", "XX")
			.param("access", "READ")
			.with(as(Role.ADMIN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					fieldError("unitCode", "Không có đơn vị đang hoạt động mã &quot;XX&quot; trong phạm vi của bạn."));
	}

	@Test
	void theNewSecretIsShownOnceOnAPageNeverCached() throws Exception {
		ApiKey key = mock(ApiKey.class);
		when(key.getName()).thenReturn("Cổng dịch vụ công");
		when(key.getUnitId()).thenReturn(5L);
		when(key.getAccess()).thenReturn(ApiAccess.WRITE);
		when(keys.create("Cổng dịch vụ công", "VL", ApiAccess.WRITE, current(Role.ADMIN)))
			.thenReturn(new CreatedKey(key, "td_abc.secret-of-the-key"));
		when(units.get(5L)).thenReturn(unit(5, "VL", "Tỉnh Vĩnh Long"));

		mvc.perform(post("/api-keys").param("name", "Cổng dịch vụ công")
			.param("unitCode", "VL")
			.param("access", "WRITE")
			.with(as(Role.ADMIN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(shows("value=\"td_abc.secret-of-the-key\""))
			.andExpect(shows("Tỉnh Vĩnh Long"));
	}

	@Test
	void aRefusedRevocationIsFlashedOnTheList() throws Exception {
		when(keys.revoke(9L, 3L, current(Role.ADMIN)))
			.thenThrow(new BusinessRuleViolation("apiKey.alreadyRevoked", "Cổng dịch vụ công"));
		MvcResult refused = mvc
			.perform(post("/api-keys/9/revoke").param("version", "3").with(as(Role.ADMIN)).with(csrf()))
			.andExpect(redirectedUrl("/api-keys"))
			.andExpect(flash().attribute("flashErrorKey", "apiKey.alreadyRevoked"))
			.andReturn();

		when(keys.list(any(), any())).thenReturn(Page.empty());
		mvc.perform(get("/api-keys").flashAttrs(refused.getFlashMap()).with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(shows("Khóa &quot;Cổng dịch vụ công&quot; đã bị thu hồi trước đó."))
			.andExpect(content().string(not(containsString("alert-success"))));
	}

	@Test
	void aRevocationIsFlashedAsDone() throws Exception {
		ApiKey key = mock(ApiKey.class);
		when(key.getName()).thenReturn("Cổng dịch vụ công");
		when(keys.revoke(9L, 3L, current(Role.ADMIN))).thenReturn(key);
		mvc.perform(post("/api-keys/9/revoke").param("version", "3").with(as(Role.ADMIN)).with(csrf()))
			.andExpect(redirectedUrl("/api-keys"))
			.andExpect(flash().attribute("flashKey", "apiKey.revoked"));
		verify(keys).revoke(9L, 3L, current(Role.ADMIN));
	}

	@Test
	void aRevocationWithoutItsVersionIsABadRequest() throws Exception {
		mvc.perform(post("/api-keys/9/revoke").with(as(Role.ADMIN)).with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(post("/api-keys/9/revoke").param("version", "drei").with(as(Role.ADMIN)).with(csrf()))
			.andExpect(status().isBadRequest());
		verify(keys, never()).revoke(anyLong(), anyLong(), any());
	}

	@Test
	void anUnknownKeyIsANotFoundPage() throws Exception {
		when(keys.show(eq(404L), any())).thenThrow(new NotFoundException("apiKey", 404L));
		mvc.perform(get("/api-keys/404/revoke").with(as(Role.ADMIN)))
			.andExpect(status().isNotFound())
			.andExpect(shows("Trang hoặc bản ghi không tồn tại, hoặc nằm ngoài phạm vi của bạn."));
		verify(units, never()).get(anyLong());
	}

	private static UnitRow unit(long id, String code, String name) {
		return new UnitRow(id, code, name, UnitKind.PROVINCE, null, "/" + id + "/", 1, LocalDate.of(2025, 7, 1), null,
				true, 0, 0, null, null, id);
	}

}
