package vn.thidua.proposal.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.thidua.award.AwardQueries;
import vn.thidua.proposal.QuotaAdministration;
import vn.thidua.proposal.QuotaInput;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WebSliceTest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.WebSlicePages.shows;
import static vn.thidua.support.WebSliceUsers.as;
import static vn.thidua.support.WebSliceUsers.current;

/**
 * The quotas pages, in a web slice: the form's values reach the service as typed (a blank
 * as none), a refused deletion is flashed on the list in Vietnamese, a year that is no
 * number is named without calculating, and a post without its version, an unknown quota
 * and a stale edit are a 400, a 404 page and a 409 page, never a 500. (What the service
 * decides on real data — scope, overlaps, audit — is {@code QuotaPageTests}.)
 */
@WebSliceTest(QuotaController.class)
class QuotaControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	QuotaAdministration administration;

	@MockitoBean
	AwardQueries awards;

	@Test
	void theFormReachesTheServiceAsTypedWithBlanksAsNoneAndTheAdditionIsAnnounced() throws Exception {
		mvc.perform(form(post("/quotas")))
			.andExpect(redirectedUrl("/quotas"))
			.andExpect(flash().attribute("flashKey", "quota.added"));
		verify(administration).add(new QuotaInput("VL-X", "CSTDCS", "LDTT", "12,5", null, "0", "FLOOR", "BLOCK",
				"01/01/2030", null, "Quyết định số 1/2030/QĐ-UBND"), current(Role.ADMIN));
	}

	@Test
	void aRefusedDeletionIsFlashedOnTheList() throws Exception {
		doThrow(new BusinessRuleViolation("quota.judged")).when(administration).delete(5L, 2L, current(Role.ADMIN));
		MvcResult refused = mvc
			.perform(post("/quotas/5/delete").param("version", "2").with(as(Role.ADMIN)).with(csrf()))
			.andExpect(redirectedUrl("/quotas"))
			.andExpect(flash().attribute("flashErrorKey", "quota.judged"))
			.andReturn();

		when(administration.list(current(Role.ADMIN))).thenReturn(List.of());
		mvc.perform(get("/quotas").flashAttrs(refused.getFlashMap()).with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(shows("Định mức này đã được dùng để xét đề nghị nên không thể sửa hoặc xóa; "
					+ "hãy kết thúc nó và thêm định mức mới."));
	}

	@Test
	void aTrialYearThatIsNoNumberIsNamedAndNothingIsCalculated() throws Exception {
		mvc.perform(get("/quotas").param("unit", "VL-X").param("year", "năm nay").with(as(Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(shows("Năm phải là số từ 1945 đến 2100."))
			.andExpect(shows("value=\"năm nay\""));
		verify(administration, never()).calculate(anyString(), anyInt(), any());
	}

	@Test
	void aTrialWithoutAYearIsForThisYearInVietnam() throws Exception {
		mvc.perform(get("/quotas").param("unit", "VL-X").with(as(Role.OFFICER))).andExpect(status().isOk());
		verify(administration).calculate("VL-X", 2026, current(Role.OFFICER));
	}

	@Test
	void anEditWithoutItsVersionIsABadRequestAndChangesNothing() throws Exception {
		mvc.perform(form(post("/quotas/5"))).andExpect(status().isBadRequest());
		verify(administration, never()).edit(anyLong(), anyLong(), any(), any());
	}

	@Test
	void aStaleEditIsAConflictPage() throws Exception {
		when(administration.edit(eq(5L), eq(1L), any(), any())).thenThrow(new StaleEditException("awardQuota", 5L));
		mvc.perform(form(post("/quotas/5")).param("version", "1"))
			.andExpect(status().isConflict())
			.andExpect(shows("Bản ghi vừa được người khác thay đổi. Thay đổi của bạn chưa được lưu; "
					+ "hãy tải lại trang và thực hiện lại."));
	}

	@Test
	void anUnknownQuotaIsANotFoundPage() throws Exception {
		when(administration.editable(eq(404L), any())).thenThrow(new NotFoundException("awardQuota", 404L));
		mvc.perform(get("/quotas/404/edit").with(as(Role.ADMIN)))
			.andExpect(status().isNotFound())
			.andExpect(shows("Trang hoặc bản ghi không tồn tại, hoặc nằm ngoài phạm vi của bạn."));
		mvc.perform(form(post("/quotas/404")).param("version", "0")).andExpect(status().isNotFound());
		verify(administration, never()).edit(anyLong(), anyLong(), any(), any());
	}

	@Test
	void anAnonymousVisitorIsSentToTheSignInPage() throws Exception {
		mvc.perform(get("/quotas")).andExpect(redirectedUrl("/login"));
		verifyNoInteractions(administration);
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
		return request.param("scopeCode", "VL-X")
			.param("awardType", "CSTDCS")
			.param("basisType", "LDTT")
			.param("percent", "12,5")
			.param("maxCount", "")
			.param("minCount", "0")
			.param("rounding", "FLOOR")
			.param("severity", "BLOCK")
			.param("effectiveFrom", "01/01/2030")
			.param("effectiveTo", "")
			.param("legalSource", "Quyết định số 1/2030/QĐ-UBND")
			.with(as(Role.ADMIN))
			.with(csrf());
	}

}
