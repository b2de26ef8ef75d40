package vn.thidua.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.dashboard.ReminderInbox;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;

/**
 * The user's reminders: the list and marking them read. Opening a reminder marks it read
 * and goes to its item.
 */
@Controller
@RequestMapping("/reminders")
class ReminderController {

	private final ReminderInbox inbox;

	ReminderController(ReminderInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		model.addAttribute("reminders", inbox.page(user, page));
		return "dashboard/reminders";
	}

	@PostMapping("/{id}/read")
	String read(@PathVariable long id, @RequestParam(defaultValue = "false") boolean open, CurrentUser user) {
		String link = inbox.read(id, user);
		return "redirect:" + (open && link.startsWith("/") && !link.startsWith("//") ? link : "/reminders");
	}

	@PostMapping("/read-all")
	String readAll(CurrentUser user, RedirectAttributes redirect) {
		Flash.success(redirect, "reminders.allRead", String.valueOf(inbox.readAll(user)));
		return "redirect:/reminders";
	}

}
