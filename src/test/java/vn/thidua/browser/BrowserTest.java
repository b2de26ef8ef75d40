package vn.thidua.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.thidua.support.IntegrationTest;
import vn.thidua.support.world.WorldAccount;

/**
 * A real Chromium driven by Playwright against the running application. Uses the system
 * Chromium ({@code /usr/bin/chromium}, or {@code CHROMIUM_PATH}); Playwright downloads no
 * browser.
 */
@IntegrationTest
abstract class BrowserTest {

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	@BeforeAll
	static void launchBrowser() {
		playwright = Playwright.create();
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync"));
		Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
		if (Files.isExecutable(chromium)) {
			options.setExecutablePath(chromium);
		}
		browser = playwright.chromium().launch(options);
	}

	@AfterAll
	static void closeBrowser() {
		browser.close();
		playwright.close();
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(contextOptions());
		page = context.newPage();
		page.setDefaultTimeout(15_000);
		// assertions wait as long as actions do: on a loaded machine a signed answer can
		// take over 5 s
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
	}

	/**
	 * The browser a test runs in: a desktop window unless a test class says otherwise.
	 */
	Browser.NewContextOptions contextOptions() {
		return new Browser.NewContextOptions().setLocale("vi-VN");
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * Opens one of the menu's groups (Công cụ, Quản trị) and follows one of its entries.
	 */
	void fromMenu(String group, String entry) {
		menuGroup(group).click();
		page.locator("nav.app-navbar")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(entry).setExact(true))
			.click();
	}

	Locator menuGroup(String group) {
		return page.locator("nav.app-navbar summary", new Page.LocatorOptions().setHasText(group));
	}

	void signIn(String username) {
		signIn(username, WorldAccount.PASSWORD);
	}

	void signIn(String username, String password) {
		page.navigate(url("/login"));
		page.getByLabel("Tên đăng nhập").fill(username);
		page.getByLabel("Mật khẩu").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
	}

}
