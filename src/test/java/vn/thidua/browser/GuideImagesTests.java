package vn.thidua.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user guides (docs/guide) show only pictures the browser journeys take
 * ({@link RoutineJob}), every such picture is committed, and the guides and the README
 * state each job's click budget as the code has it — so neither a picture nor a budget
 * can go stale unnoticed.
 */
class GuideImagesTests {

	private static final Path GUIDES = Journey.BASE.resolve("docs/guide");

	private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(images/([^)\\s]+)\\.png\\)");

	@Test
	void everyPictureAGuideShowsIsOneAJourneyTakesAndIsCommitted() throws IOException {
		Set<String> produced = produced();
		for (Path guide : guides()) {
			Matcher images = IMAGE.matcher(Files.readString(guide));
			while (images.find()) {
				String name = images.group(1);
				assertThat(produced).as("%s shows %s.png, which no journey of RoutineJob takes", guide, name)
					.contains(name);
				assertThat(Journey.IMAGES.resolve(name + ".png")).as("run the journeys with -D%s=true", Journey.UPDATE)
					.isRegularFile();
			}
		}
	}

	@Test
	void everyJobIsInItsRolesGuideWithItsPicturesAndBudget() throws IOException {
		for (RoutineJob job : RoutineJob.values()) {
			String guide = Files.readString(GUIDES.resolve(job.guide() + ".md"));
			assertThat(guide).as("docs/guide/%s.md", job.guide()).contains("## " + job.title(), job.budgetText());
			for (String shot : job.shots()) {
				assertThat(guide).as("docs/guide/%s.md", job.guide()).contains("(images/" + shot + ".png)");
			}
		}
	}

	@Test
	void theReadmeStatesEveryBudget() throws IOException {
		List<String> lines = Files.readAllLines(Journey.BASE.resolve("README.md"));
		for (RoutineJob job : RoutineJob.values()) {
			assertThat(lines).as("README.md's table of routine jobs")
				.anyMatch(line -> line.startsWith("|") && line.contains(job.title())
						&& line.contains("| " + job.budget() + " |"));
		}
	}

	@Test
	void noPictureIsLeftThatNoJourneyTakes() throws IOException {
		try (Stream<Path> files = Files.list(Journey.IMAGES)) {
			Set<String> committed = files.map(file -> file.getFileName().toString().replaceFirst("\\.png$", ""))
				.collect(Collectors.toCollection(TreeSet::new));
			assertThat(produced()).containsAll(committed);
		}
	}

	private static Set<String> produced() {
		return Arrays.stream(RoutineJob.values())
			.flatMap(job -> job.shots().stream())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static List<Path> guides() throws IOException {
		try (Stream<Path> files = Files.list(GUIDES)) {
			return files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
		}
	}

}
