package vn.thidua.help.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.thidua.help.Guide;
import vn.thidua.help.Guides;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;

/**
 * The help menu's pages: the guides' index with the user's own roles first, each role's
 * guide, and the guides' pictures. Every signed-in user reads every guide.
 */
@Controller
class HelpController {

	private final Guides guides;

	HelpController(Guides guides) {
		this.guides = guides;
	}

	@GetMapping("/help")
	String index(CurrentUser user, HttpServletRequest request, Model model) {
		model.addAttribute("mine", Guide.of(user));
		return show(Guides.INDEX, request, model);
	}

	@GetMapping("/help/{page}")
	String guide(@PathVariable String page, HttpServletRequest request, Model model) {
		if (page.equals(Guides.INDEX)) {
			throw new NotFoundException("Guide", page);
		}
		return show(page, request, model);
	}

	@GetMapping("/help/images/{name}")
	ResponseEntity<Resource> image(@PathVariable String name) {
		Resource image = guides.image(name).orElseThrow(() -> new NotFoundException("Guide image", name));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.body(image);
	}

	private String show(String page, HttpServletRequest request, Model model) {
		model.addAttribute("guide", guides.render(page, request.getContextPath() + "/help/")
			.orElseThrow(() -> new NotFoundException("Guide", page)));
		return "help/guide";
	}

}
