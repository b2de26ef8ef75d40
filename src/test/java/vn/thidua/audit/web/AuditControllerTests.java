package vn.thidua.audit.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.audit.AuditFilter;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.AuditPresenter;
import vn.thidua.shared.export.Exports;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WebSliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.WebSlicePages.shows;
import static vn.thidua.support.WebSliceUsers.as;
import static vn.thidua.support.WebSliceUsers.current;

/**
 * The audit trail's page, in a web slice: administrators only, the filter's vi-VN dates
 * and blank fields reach the log as a parsed filter, and a date that is no date is left
 * out of the filter with a Vietnamese notice instead of an error.
 */
@WebSliceTest(AuditController.class)
class AuditControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AuditLog auditLog;

	@MockitoBean
	AuditPresenter presenter;

	@MockitoBean
	Exports exports;

	@Test
	void onlyAdministratorsReadTheTrail() throws Exception {
		for (Role role : List.of(Role.OFFICER, Role.BOARD_MEMBER, Role.UNIT_REPORTER)) {
			mvc.perform(get("/audit").with(as(role))).andExpect(status().isForbidden());
			mvc.perform(get("/audit/export.xlsx").with(as(role))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/audit")).andExpect(redirectedUrl("/login"));
		verifyNoInteractions(auditLog, exports);
	}

	@Test
	void theFilterReachesTheLogParsedWithBlanksAsNone() throws Exception {
		mvc.perform(get("/audit").param("actor", " canbo.vinhlong ")
			.param("entityType", "")
			.param("action", "UPDATE")
			.param("from", "01/06/2026")
			.param("to", "15/06/2026")
			.with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("nên đã được bỏ qua"))));
		verify(auditLog).page(new AuditFilter("canbo.vinhlong", null, null, "UPDATE", LocalDate.of(2026, 6, 1),
				LocalDate.of(2026, 6, 15)), null, 51, current(Role.ADMIN));
	}

	@Test
	void aDateThatIsNoDateIsLeftOutAndSaid() throws Exception {
		mvc.perform(get("/audit").param("from", "31/02/2026").param("to", "15/06/2026").with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(shows("Ngày lọc không hợp lệ (nhập theo dạng dd/mm/yyyy) nên đã được bỏ qua."));
		verify(auditLog).page(new AuditFilter(null, null, null, null, null, LocalDate.of(2026, 6, 15)), null, 51,
				current(Role.ADMIN));
	}

	@Test
	void anExportInAnotherFormatIsNotFound() throws Exception {
		mvc.perform(get("/audit/export.csv").with(as(Role.ADMIN))).andExpect(status().isNotFound());
		verifyNoInteractions(auditLog, exports);
	}

}
