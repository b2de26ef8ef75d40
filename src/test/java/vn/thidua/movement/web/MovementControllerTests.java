package vn.thidua.movement.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementDraft;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.MovementManagement;
import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.MovementRow;
import vn.thidua.movement.MovementStatus;
import vn.thidua.movement.ReportingFrequency;
import vn.thidua.movement.StepRecord;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.export.Exports;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WebSliceTest;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitRow;

import static org.hamcrest.Matchers.arrayContaining;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.WebSlicePages.fieldError;
import static vn.thidua.support.WebSliceUsers.as;
import static vn.thidua.support.WebSliceUsers.current;

/**
 * Launching a movement's record and recording its steps, in a web slice: vi-VN dates and
 * numbers are read from the form, every bad or missing value and every date out of order
 * is shown beside its field at once without asking the service, an unknown unit code is
 * named, a valid form reaches the service as a parsed draft, and a refused step is
 * flashed back on the movement rather than failing.
 */
@WebSliceTest(MovementController.class)
class MovementControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MovementManagement management;

	@MockitoBean
	MovementQueries queries;

	@MockitoBean
	UnitCatalog units;

	@MockitoBean
	Exports exports;

	@BeforeEach
	void units() {
		when(units.findActiveByCode("VL")).thenReturn(Optional.of(unit(5, "VL", "Tỉnh Vĩnh Long")));
		when(units.findActiveByCode("SNV")).thenReturn(Optional.of(unit(8, "SNV", "Sở Nội vụ")));
		when(units.findActiveByCode("XX")).thenReturn(Optional.empty());
	}

	@Test
	void datesNotInTheVietnameseFormAreShownBesideTheirFieldsAndNothingIsCreated() throws Exception {
		mvc.perform(create("startDate", "31/02/2026", "endDate", "31/13/2030", "planDate", "hôm qua",
				"registrationDeadline", "1/3"))
			.andExpect(status().isOk())
			.andExpect(fieldError("startDate", "Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy."))
			.andExpect(fieldError("endDate", "Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy."))
			.andExpect(fieldError("planDate", "Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy."))
			.andExpect(fieldError("registrationDeadline", "Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy."))
			.andExpect(content().string(containsString("value=\"31/02/2026\"")));
		verify(management, never()).create(any(), any());
	}

	@Test
	void missingValuesAndDatesOutOfOrderAreShownTogether() throws Exception {
		mvc.perform(create("name", "", "authority", " ", "startDate", "01/01/2026", "endDate", "31/12/2025",
				"registrationDeadline", "15/01/2026"))
			.andExpect(status().isOk())
			.andExpect(fieldError("name", "Không được để trống."))
			.andExpect(fieldError("authority", "Không được để trống."))
			.andExpect(fieldError("endDate", "Ngày kết thúc phải sau ngày bắt đầu."))
			.andExpect(fieldError("registrationDeadline", "Hạn đăng ký phải trước ngày kết thúc phong trào."));
		verify(management, never()).create(any(), any());
	}

	@Test
	void anUnknownUnitCodeAndAnOutOfRangeNumberAreNamed() throws Exception {
		mvc.perform(create("leadUnitCode", "XX", "reportDueDays", "91"))
			.andExpect(status().isOk())
			.andExpect(fieldError("leadUnitCode", "Không tìm thấy đơn vị đang hoạt động có mã XX."))
			.andExpect(fieldError("reportDueDays", "Không được lớn hơn 90."))
			.andExpect(content().string(not(containsString("id=\"launchingUnitCode-error\""))));
		verify(management, never()).create(any(), any());
	}

	@Test
	void aNumberFieldThatIsNoNumberIsABadRequest() throws Exception {
		mvc.perform(create("reportDueDays", "mười")).andExpect(status().isBadRequest());
		verify(management, never()).create(any(), any());
	}

	@Test
	void aValidFormReachesTheServiceAsAParsedDraft() throws Exception {
		Movement created = mock(Movement.class);
		when(created.getId()).thenReturn(12L);
		when(created.getName()).thenReturn("Thi đua chuyển đổi số");
		when(management.create(any(), eq(current(Role.OFFICER)))).thenReturn(created);

		mvc.perform(create("standingUnitCode", "SNV", "registrationDeadline", "31/03/2026"))
			.andExpect(redirectedUrl("/movements/12/targets"))
			.andExpect(flash().attribute("flashKey", "movement.created"))
			.andExpect(flash().attribute("flashArgs", arrayContaining("Thi đua chuyển đổi số")));
		verify(management).create(new MovementDraft("PT-2026", 5, "UBND tỉnh Vĩnh Long", null, MovementKind.REGULAR,
				"12/KH-UBND", LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 1), ReportingFrequency.HALF_YEARLY, 10,
				"Thi đua chuyển đổi số", LocalDate.of(2030, 12, 31), 5, 8L, null, null, LocalDate.of(2026, 3, 31)),
				current(Role.OFFICER));
	}

	@Test
	void aCodeTheServiceRefusesIsShownBesideTheCode() throws Exception {
		when(management.create(any(), any())).thenThrow(new BusinessRuleViolation("movement.code.taken", "PT-2026"));
		mvc.perform(create())
			.andExpect(status().isOk())
			.andExpect(fieldError("code", "Mã phong trào PT-2026 đã được dùng."));
	}

	@Test
	void aRefusedStepIsFlashedOnTheMovement() throws Exception {
		when(management.advance(eq(12L), eq(3L), eq(MovementStatus.LAUNCHED), any(), any(), anyBoolean(), any()))
			.thenThrow(new BusinessRuleViolation("movement.step.beforePrevious", "01/01/2026"));
		mvc.perform(post("/movements/12/steps/LAUNCHED").param("takenOn", "31/12/2025")
			.param("version", "3")
			.param("confirmed", "true")
			.with(as(Role.OFFICER))
			.with(csrf()))
			.andExpect(redirectedUrl("/movements/12"))
			.andExpect(flash().attribute("flashErrorKey", "movement.step.beforePrevious"))
			.andExpect(flash().attribute("flashArgs", arrayContaining("01/01/2026")));
		verify(management).advance(12L, 3L, MovementStatus.LAUNCHED,
				new StepRecord(LocalDate.of(2025, 12, 31), null, null, null), null, true, current(Role.OFFICER));
	}

	@Test
	void aStepWithABadDateIsFlashedAndNotRecorded() throws Exception {
		mvc.perform(post("/movements/12/steps/LAUNCHED").param("takenOn", "32/12/2025")
			.param("version", "3")
			.with(as(Role.OFFICER))
			.with(csrf()))
			.andExpect(redirectedUrl("/movements/12"))
			.andExpect(flash().attribute("flashErrorKey", "movement.step.invalid"));
		verify(management, never()).advance(anyLong(), anyLong(), any(), any(), any(), anyBoolean(), any());
	}

	@Test
	void aStepTheAddressDoesNotNameIsNotFound() throws Exception {
		mvc.perform(post("/movements/12/steps/DRAFT").param("takenOn", "31/12/2025")
			.param("version", "3")
			.with(as(Role.OFFICER))
			.with(csrf())).andExpect(status().isNotFound());
		verify(management, never()).advance(anyLong(), anyLong(), any(), any(), any(), anyBoolean(), any());
	}

	/**
	 * A complete, valid form for a new movement, with the values of the test (name,
	 * value, …) in place of the usual ones.
	 */
	private static MockHttpServletRequestBuilder create(String... changes) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", "Thi đua chuyển đổi số");
		values.put("code", "PT-2026");
		values.put("launchingUnitCode", "VL");
		values.put("authority", "UBND tỉnh Vĩnh Long");
		values.put("kind", "REGULAR");
		values.put("planNumber", "12/KH-UBND");
		values.put("planDate", "20/12/2025");
		values.put("startDate", "01/01/2026");
		values.put("endDate", "31/12/2030");
		values.put("leadUnitCode", "VL");
		values.put("reporting", "HALF_YEARLY");
		values.put("reportDueDays", "10");
		for (int i = 0; i < changes.length; i += 2) {
			values.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/movements").with(as(Role.OFFICER)).with(csrf());
		values.forEach(request::param);
		return request;
	}

	private static UnitRow unit(long id, String code, String name) {
		return new UnitRow(id, code, name, UnitKind.PROVINCE, null, "/" + id + "/", 1, LocalDate.of(2025, 7, 1), null,
				true, 0, 0, null, null, id);
	}

	/**
	 * The pager's links keep the list's filters and change only the page (the links are
	 * given to every rendered view by {@code PageLinks.Provider}).
	 */
	@Test
	void thePagersLinksKeepTheFiltersAndChangeThePage() throws Exception {
		var row = new MovementRow(7, "PT-7", "Dân vận khéo", "UBND tỉnh", "Tỉnh Vĩnh Long", MovementKind.REGULAR,
				MovementStatus.LAUNCHED, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null, "Sở Nội vụ",
				3);
		when(queries.list(any(), eq("dân vận"), eq(MovementStatus.LAUNCHED), eq(2026), any()))
			.thenAnswer(call -> new PageImpl<>(List.of(row), call.getArgument(4), 45));

		mvc.perform(get("/movements?q={q}&status=LAUNCHED&year=2026&page=1", "dân vận").with(as(Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dân vận khéo")))
			.andExpect(content().string(containsString(
					"href=\"/movements?q=d%C3%A2n%20v%E1%BA%ADn&amp;status=LAUNCHED&amp;year=2026&amp;page=0\"")))
			.andExpect(content().string(containsString(
					"href=\"/movements?q=d%C3%A2n%20v%E1%BA%ADn&amp;status=LAUNCHED&amp;year=2026&amp;page=2\"")));
	}

}
