package vn.thidua.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.options.SelectOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A role's routine job walked in the browser: every click, tick, choice in a list and
 * confirmation goes through here and is counted (typing is not), so {@link #finish()}
 * fails when the job needs more clicks than its {@link RoutineJob#budget() budget}; and
 * the journey takes the guide's screenshots. They are written to target/guide always, and
 * into docs/guide/images only with {@code -Dthidua.guide.update=true}, so a normal build
 * leaves the tree as it is.
 */
final class Journey {

	static final String UPDATE = "thidua.guide.update";

	static final Path BASE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));

	static final Path IMAGES = BASE.resolve("docs/guide/images");

	static final Path OUTPUT = BASE.resolve("target/guide");

	private final Page page;

	private final RoutineJob job;

	private final Set<String> taken = new LinkedHashSet<>();

	private int clicks;

	static final int HEIGHT = 800;

	/** Starts the job on the page the role's sign-in leads to, its home page. */
	Journey(Page page, RoutineJob job) {
		this.page = page;
		this.job = job;
		page.setViewportSize(1280, 800);
	}

	void click(Locator target) {
		clicks++;
		target.click();
	}

	void check(Locator box) {
		clicks++;
		box.check();
	}

	void select(Locator list, String label) {
		clicks++;
		list.selectOption(new SelectOption().setLabel(label));
	}

	/** A choice in a list, by its value. */
	void choose(Locator list, String value) {
		clicks++;
		list.selectOption(value);
	}

	/** Choosing a file to upload: one click on the field, the file dialog aside. */
	void upload(Locator field, FilePayload file) {
		clicks++;
		field.setInputFiles(file);
	}

	/** A click the page confirms in a dialog, accepted: two clicks. */
	void clickConfirmed(Locator target) {
		clicks++;
		page.onceDialog(Dialog::accept);
		click(target);
	}

	private double scrolled() {
		return ((Number) page.evaluate("() => window.scrollY")).doubleValue();
	}

	int clicks() {
		return clicks;
	}

	/**
	 * A screenshot of the guide, of this part of the page: its first {@value #HEIGHT}
	 * pixels when it is taller, with nothing focused.
	 */
	void shot(String name, Locator area) {
		assertThat(job.shots()).as("screenshots of %s", job).contains(name);
		Path file = OUTPUT.resolve(name + ".png");
		page.evaluate("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
		BoundingBox box = area.boundingBox();
		page.screenshot(new Page.ScreenshotOptions().setPath(file)
			.setFullPage(true)
			.setAnimations(ScreenshotAnimations.DISABLED)
			.setClip(box.x, box.y + scrolled(), box.width, Math.min(box.height, HEIGHT)));
		taken.add(name);
		if (Boolean.getBoolean(UPDATE)) {
			try {
				Files.createDirectories(IMAGES);
				Files.copy(file, IMAGES.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** The job is done: every screenshot taken, and no more clicks than its budget. */
	void finish() {
		System.out.printf("%s took %d clicks (budget %d)%n", job, clicks, job.budget());
		assertThat(taken).as("screenshots of %s", job).containsExactlyElementsOf(job.shots());
		assertThat(clicks).as("clicks %s needs from the home page (budget %d)", job, job.budget())
			.isLessThanOrEqualTo(job.budget());
	}

}
