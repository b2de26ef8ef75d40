package vn.thidua.unit.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;
import vn.thidua.unit.importing.ImportPreview;
import vn.thidua.unit.importing.UnitImport;

/**
 * Upload a sheet, see every row checked, then commit all of it. The uploaded bytes wait
 * in the session between the two steps and are checked again on commit.
 */
@Controller
@RequestMapping("/units/import")
class UnitImportController {

	static final long MAX_BYTES = 2 * 1024 * 1024;

	private static final String PENDING = "unitImport.pending";

	private static final String TEMPLATE = """
			\uFEFFMã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên,Ngày hiệu lực
			TV-CT-HL,Xã Hòa Lợi,Xã,TV-CT,01/01/2020
			TV-CT-SDC,Sở Nông nghiệp và Môi trường,Sở ngành,TV,01/03/2025
			""";

	private final UnitImport unitImport;

	UnitImportController(UnitImport unitImport) {
		this.unitImport = unitImport;
	}

	@GetMapping
	String form() {
		return "units/import";
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-nhap-don-vi.csv").build().toString())
			.body(TEMPLATE.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping
	String preview(@RequestParam("file") MultipartFile file, CurrentUser user, HttpSession session, Model model)
			throws IOException {
		session.removeAttribute(PENDING);
		if (file.isEmpty()) {
			model.addAttribute("fileErrorKey", "unit.import.noFile");
			return "units/import";
		}
		if (file.getSize() > MAX_BYTES) {
			model.addAttribute("fileErrorKey", "unit.import.tooLarge");
			return "units/import";
		}
		byte[] content = file.getBytes();
		ImportPreview preview = unitImport.preview(content, user);
		model.addAttribute("preview", preview);
		model.addAttribute("fileName", file.getOriginalFilename());
		if (preview.isCommittable()) {
			session.setAttribute(PENDING, content);
		}
		return "units/import";
	}

	@PostMapping("/confirm")
	String commit(CurrentUser user, HttpSession session, RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING) instanceof byte[] content)) {
			Flash.error(redirect, "unit.import.nothingPending");
			return "redirect:/units/import";
		}
		session.removeAttribute(PENDING);
		try {
			int created = unitImport.commit(content, user);
			Flash.success(redirect, "unit.import.done", created);
			return "redirect:/units/" + user.unitId();
		}
		catch (BusinessRuleViolation violation) {
			Flash.error(redirect, "unit.import.failed");
			return "redirect:/units/import";
		}
	}

}
