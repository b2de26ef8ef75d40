package vn.thidua.shared.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.award.RuleStatus;
import vn.thidua.cluster.Classification;
import vn.thidua.cluster.PactStatus;
import vn.thidua.cluster.ReviewStatus;
import vn.thidua.movement.MovementStatus;
import vn.thidua.movement.ReportStatus;
import vn.thidua.proposal.ProposalStatus;
import vn.thidua.proposal.QuotaStatus;
import vn.thidua.unit.reorganisation.ReorganisationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every value of every status shown as a badge has a tone, and every tone is styled in
 * app.css: no status is ever shown as an invisible badge again.
 */
class StatusBadgesTests {

	private final StatusBadges badges = new StatusBadges();

	@Test
	void everyStatusHasAToneAndEveryToneIsStyled() throws IOException {
		Map<String, List<? extends Enum<?>>> kinds = Map.of("MovementStatus", List.of(MovementStatus.values()),
				"ReportStatus", List.of(ReportStatus.values()), "ReviewStatus", List.of(ReviewStatus.values()),
				"PactStatus", List.of(PactStatus.values()), "Classification", List.of(Classification.values()),
				"ProposalStatus", List.of(ProposalStatus.values()), "QuotaStatus", List.of(QuotaStatus.values()),
				"RuleStatus", List.of(RuleStatus.values()), "ReorganisationStatus",
				List.of(ReorganisationStatus.values()));
		String css = Files.readString(Path.of("src/main/resources/static/css/app.css"));

		kinds.forEach((kind, values) -> values.forEach(value -> {
			String tone = badges.tone(kind, value);
			assertThat(tone).as("%s.%s", kind, value).isNotEqualTo("tone-unknown");
			assertThat(css).as("the style of %s", tone).contains(".badge." + tone + " {");
		}));
		StatusBadges.tones()
			.forEach((kind, tones) -> tones
				.forEach((value, tone) -> assertThat(css).as("%s.%s", kind, value).contains(".badge." + tone + " {")));
		assertThat(badges.tone("ReportStatus", "NO_SUCH")).isEqualTo("tone-unknown");
		assertThat(css).doesNotContain("tone-unknown");
		assertThat(Arrays.stream(ReportStatus.values()).map(status -> badges.tone("ReportStatus", status)))
			.as("report statuses are told apart")
			.doesNotHaveDuplicates();
	}

}
