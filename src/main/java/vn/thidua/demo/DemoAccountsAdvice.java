package vn.thidua.demo;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

@ControllerAdvice
class DemoAccountsAdvice {

	private final DemoMode demoMode;

	DemoAccountsAdvice(DemoMode demoMode) {
		this.demoMode = demoMode;
	}

	@ModelAttribute("demoAccounts")
	List<DemoAccount> demoAccounts() {
		return demoMode.isEnabled() ? DemoData.ACCOUNTS : List.of();
	}

	@ModelAttribute("demoPassword")
	String demoPassword() {
		return demoMode.isEnabled() ? DemoAccount.PASSWORD : "";
	}

}
