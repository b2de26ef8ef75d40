package vn.thidua.integration.v1;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.shared.NotFoundException;

/**
 * Any other path under {@code /api/v1}: a 404 problem detail like every other refusal,
 * not the pages' error page.
 */
@RestController
@Hidden
class FallbackApi {

	@RequestMapping("/api/v1/**")
	void unknown() {
		throw new NotFoundException("path", "/api/v1");
	}

}
