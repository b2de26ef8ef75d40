package vn.thidua.document.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.document.DocumentDrafts;
import vn.thidua.document.DocumentDrafts.TemplateRow;
import vn.thidua.document.DraftKind;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WebSliceTest;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.WebSlicePages.shows;
import static vn.thidua.support.WebSliceUsers.as;
import static vn.thidua.support.WebSliceUsers.current;

/**
 * The provinces' Word templates, in a web slice: the download's type, name and headers, a
 * kind no template has is a 404 before the service is asked, only administrators reach
 * the page, a refused upload is flashed on the page it returns to, and a stale reset is a
 * conflict page rather than an error.
 */
@WebSliceTest(DraftTemplateController.class)
class DraftTemplateControllerTests {

	private static final byte[] DOCX = "PK\u0003\u0004 the template".getBytes(StandardCharsets.ISO_8859_1);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DocumentDrafts drafts;

	@Test
	void theTemplateDownloadsAsAWordFileNamedForItsKind() throws Exception {
		when(drafts.template(3L, DraftKind.BOARD_MINUTES, current(Role.ADMIN))).thenReturn(DOCX);
		MvcResult download = mvc.perform(get("/document-templates/3/board-minutes.docx").with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"mau-board-minutes.docx\"; filename*=UTF-8''mau-board-minutes.docx"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", "no-store, private"))
			.andReturn();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(DOCX);
	}

	@Test
	void aKindWithoutTemplatesIsNotFoundAndTheServiceIsNotAsked() throws Exception {
		mvc.perform(get("/document-templates/3/certificate.docx").with(as(Role.ADMIN)))
			.andExpect(status().isNotFound())
			.andExpect(shows("Trang hoặc bản ghi không tồn tại, hoặc nằm ngoài phạm vi của bạn."));
		mvc.perform(multipart("/document-templates/3/BOARD_MINUTES").file(template())
			.param("version", "0")
			.with(as(Role.ADMIN))
			.with(csrf())).andExpect(status().isNotFound());
		verifyNoInteractions(drafts);
	}

	@Test
	void onlyAdministratorsReachTheTemplates() throws Exception {
		for (Role role : List.of(Role.OFFICER, Role.BOARD_CHAIR, Role.CLUSTER_LEADER)) {
			mvc.perform(get("/document-templates").with(as(role))).andExpect(status().isForbidden());
			mvc.perform(get("/document-templates/3/decision.docx").with(as(role))).andExpect(status().isForbidden());
			mvc.perform(multipart("/document-templates/3/decision").file(template())
				.param("version", "0")
				.with(as(role))
				.with(csrf())).andExpect(status().isForbidden());
		}
		verifyNoInteractions(drafts);
	}

	@Test
	void anUploadIsPassedOnWithItsFileAndAnnounced() throws Exception {
		mvc.perform(multipart("/document-templates/3/decision").file(template())
			.param("version", "4")
			.with(as(Role.ADMIN))
			.with(csrf()))
			.andExpect(redirectedUrl("/document-templates?province=3"))
			.andExpect(flash().attribute("flashKey", "draft.template.uploaded"));
		verify(drafts).upload(eq(3L), eq(DraftKind.DECISION), eq(4L),
				ArgumentMatchers.<MultipartFile>argThat(file -> file != null
						&& "mau-rieng.docx".equals(file.getOriginalFilename()) && file.getSize() == DOCX.length),
				eq(current(Role.ADMIN)));
	}

	@Test
	void aRefusedUploadIsFlashedOnTheTemplatesPage() throws Exception {
		doThrow(new BusinessRuleViolation("draft.template.unknownFields", "{{giamDoc}}")).when(drafts)
			.upload(eq(3L), eq(DraftKind.DECISION), eq(4L), any(), any());
		MvcResult refused = mvc
			.perform(multipart("/document-templates/3/decision").file(template())
				.param("version", "4")
				.with(as(Role.ADMIN))
				.with(csrf()))
			.andExpect(redirectedUrl("/document-templates?province=3"))
			.andExpect(flash().attribute("flashErrorKey", "draft.template.unknownFields"))
			.andReturn();

		UnitRow province = new UnitRow(3, "VL", "Tỉnh Vĩnh Long", UnitKind.PROVINCE, null, "/3/", 1,
				LocalDate.of(2025, 7, 1), null, true, 0, 0, null, null, 3);
		when(drafts.provinces(current(Role.ADMIN))).thenReturn(List.of(province));
		when(drafts.templates(3L, current(Role.ADMIN)))
			.thenReturn(List.of(new TemplateRow(DraftKind.DECISION, null, null, null, 4)));
		mvc.perform(get("/document-templates").param("province", "3")
			.flashAttrs(refused.getFlashMap())
			.with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(shows("Mẫu có trường không dùng được cho loại văn bản này: {{giamDoc}}. "
					+ "Hãy sửa theo danh sách trường bên dưới."))
			.andExpect(shows("Quyết định khen thưởng kèm danh sách"));
	}

	@Test
	void anUploadWithAWrongCsrfTokenIsRefused() throws Exception {
		mvc.perform(multipart("/document-templates/3/decision").file(template())
			.param("version", "4")
			.with(as(Role.ADMIN))
			.with(csrf().useInvalidToken())).andExpect(status().isForbidden());
		verify(drafts, never()).upload(anyLong(), any(), anyLong(), any(), any());
	}

	@Test
	void aStaleResetIsAConflictPage() throws Exception {
		doThrow(new StaleEditException("draftTemplate", 3L)).when(drafts)
			.reset(3L, DraftKind.DECISION, 2L, current(Role.ADMIN));
		mvc.perform(
				post("/document-templates/3/decision/reset").param("version", "2").with(as(Role.ADMIN)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(shows("Bản ghi vừa được người khác thay đổi. Thay đổi của bạn chưa được lưu; "
					+ "hãy tải lại trang và thực hiện lại."))
			.andExpect(content().contentTypeCompatibleWith("text/html"));
	}

	private static MockMultipartFile template() {
		return new MockMultipartFile("file", "mau-rieng.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCX);
	}

}
