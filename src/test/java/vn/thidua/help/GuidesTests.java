package vn.thidua.help;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuidesTests {

	private final Guides guides = new Guides();

	@Test
	void linksBetweenGuidesLeadToTheirHelpPagesAndOtherLinksStay() {
		assertThat(Guides.link("reporter.md", "/help/")).isEqualTo("/help/reporter");
		assertThat(Guides.link("chair.md#quyet-dinh", "/ctx/help/")).isEqualTo("/ctx/help/chair#quyet-dinh");
		assertThat(Guides.link("README.md", "/help/")).isEqualTo("/help");
		assertThat(Guides.link("https://thuvienphapluat.vn", "/help/")).isEqualTo("https://thuvienphapluat.vn");
	}

	@Test
	void everyRolesGuideRendersWithItsPicturesUnderTheHelpPages() {
		for (Guide guide : Guide.values()) {
			Guides.RenderedGuide page = guides.render(guide.page(), "/help/").orElseThrow();
			assertThat(page.title()).startsWith("Hướng dẫn cho ");
			assertThat(page.html()).contains("<img src=\"/help/images/").doesNotContain("src=\"images/");
		}
		assertThat(guides.render(Guides.INDEX, "/help/").orElseThrow().html())
			.contains("<table class=\"table table-sm table-bordered w-auto\">", "href=\"/help/officer\"");
	}

	@Test
	void onlyTheGuidesAndTheirPicturesAreRead() {
		assertThat(guides.render("../application", "/help/")).isEmpty();
		assertThat(guides.image("../application.yaml")).isEmpty();
		assertThat(guides.image("no-such-picture.png")).isEmpty();
	}

}
