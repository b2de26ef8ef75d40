package vn.thidua.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;

/**
 * Turns the expected failures of every module into friendly pages; anything else is a 500
 * without details.
 */
@ControllerAdvice
class GlobalControllerAdvice {

	private static final Logger log = LoggerFactory.getLogger(GlobalControllerAdvice.class);

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new SafeTextEditor());
		Object target = binder.getTarget();
		if (target == null || target.getClass().isRecord()) {
			binder.addValidators(new StorableText());
		}
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(Model model, HttpServletResponse response) {
		return error(HttpServletResponse.SC_NOT_FOUND, model, response);
	}

	/**
	 * Someone else's change came first: a stale version, a lost optimistic or pessimistic
	 * lock, a deadlock the database broke.
	 */
	@ExceptionHandler({ StaleEditException.class, ConcurrencyFailureException.class })
	String staleEdit(Model model, HttpServletResponse response) {
		return error(HttpServletResponse.SC_CONFLICT, model, response);
	}

	/**
	 * A row the services checked was absent when they looked and present when they wrote:
	 * the same form sent twice at once, or two people saving the same thing. The
	 * database's constraint refused the second; nothing of it was saved.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	String savedMeanwhile(DataIntegrityViolationException ex, Model model, HttpServletResponse response) {
		log.warn("Refused by a database constraint, answered as a conflict: {}",
				ex.getMostSpecificCause().getMessage());
		model.addAttribute("messageKey", "error.savedMeanwhile");
		model.addAttribute("messageArgs", new Object[0]);
		return error(HttpServletResponse.SC_CONFLICT, model, response);
	}

	@ExceptionHandler(BusinessRuleViolation.class)
	String ruleViolated(BusinessRuleViolation violation, Model model, HttpServletResponse response) {
		model.addAttribute("messageKey", violation.messageKey());
		model.addAttribute("messageArgs", violation.args());
		return error(422, model, response);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String uploadTooLarge(Model model, HttpServletResponse response) {
		return error(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, model, response);
	}

	/**
	 * A form posted to an upload without its file part (or with a broken one).
	 */
	@ExceptionHandler(MultipartException.class)
	String notAnUpload(Model model, HttpServletResponse response) {
		return error(HttpServletResponse.SC_BAD_REQUEST, model, response);
	}

	private static String error(int status, Model model, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("status", status);
		return "error";
	}

}
