package vn.thidua.shared.web;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout's menu: the entries a role may use, labelled in the page's language, and a
 * bounded number of menus kept whatever languages requests ask for.
 */
class NavigationTests {

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void entriesFollowTheRolesAndTheLanguage() {
		Navigation navigation = new Navigation(messages());
		assertThat(navigation.menu(Locale.of("vi", "VN"))).isNull();

		signIn("ROLE_OFFICER");
		Navigation.Menu officer = navigation.menu(Locale.of("vi", "VN"));
		assertThat(officer.items()).extracting(Navigation.Item::section).contains("people").doesNotContain("audit");
		assertThat(officer.items().getFirst().label()).isEqualTo("Trang chủ");
		assertThat(navigation.menu(Locale.ENGLISH).items().getFirst().label()).isEqualTo("Home");

		assertThat(officer.groups()).extracting(Navigation.Group::label).containsExactly("Công cụ");
		assertThat(officer.groups().getFirst().items()).extracting(Navigation.Item::section)
			.containsExactly("imports", "certificate-layouts", "signatures");
		assertThat(officer.groups().getFirst().holds("signatures")).isTrue();
		assertThat(officer.groups().getFirst().holds("registry")).isFalse();

		signIn("ROLE_ADMIN");
		Navigation.Menu admin = navigation.menu(Locale.ENGLISH);
		assertThat(admin.groups()).extracting(Navigation.Group::label).containsExactly("Tools", "Administration");
		assertThat(admin.groups().getLast().items()).extracting(Navigation.Item::section)
			.containsExactly("accounts", "audit", "api-keys", "draft-templates");
		assertThat(admin.items()).extracting(Navigation.Item::section).doesNotContain("audit");

		signIn("ROLE_UNIT_REPORTER");
		assertThat(navigation.menu(Locale.ENGLISH).groups()).as("a reporter's menu has no groups").isEmpty();
	}

	@Test
	void markupMarksThePageSectionActiveAndEscapesLabels() {
		StaticMessageSource messages = messages();
		messages.addMessage("nav.people", Locale.ROOT, "People <& \"friends\">");
		Navigation navigation = new Navigation(messages);
		signIn("ROLE_OFFICER");
		Navigation.Menu menu = navigation.menu(Locale.ENGLISH);

		String people = menu.markup("people");
		assertThat(people).startsWith("<ul class=\"navbar-nav flex-wrap app-menu\">")
			.contains(
					"<a class=\"nav-link active\" id=\"navPeople\" href=\"/people\">People &lt;&amp; &quot;friends&quot;&gt;</a>")
			.contains("<a class=\"nav-link\" href=\"/\">Home</a>")
			.contains("<summary class=\"nav-link dropdown-toggle\">Tools</summary>");
		assertThat(menu.markup("signatures"))
			.contains("<summary class=\"nav-link dropdown-toggle active\">Tools</summary>")
			.contains("<a class=\"dropdown-item active\" id=\"navSignatures\" href=\"/signatures/verify\">")
			.doesNotContain("nav-link active");
		assertThat(menu.markup(null)).isEqualTo(menu.markup("no-such-section")).doesNotContain("active");
		assertThat(navigation.menu(Locale.of("vi")).markup(null)).contains(">Trang chủ</a>");
		assertThat(menu.markup("people")).as("kept, not rebuilt").isSameAs(people);
	}

	@Test
	void anyRequestedLanguageReadsOneOfTheTwoBundles() {
		Navigation navigation = new Navigation(messages());
		signIn("ROLE_OFFICER");
		for (String tag : List.of("vi", "vi-VN", "en", "en-GB", "fr", "de-AT", "en-x-a1", "en-x-a2", "zz")) {
			navigation.menu(Locale.forLanguageTag(tag));
		}
		assertThat(navigation.menusKept()).isEqualTo(2);
		assertThat(navigation.menu(Locale.forLanguageTag("fr")).items().getFirst().label()).isEqualTo("Home");
	}

	private static void signIn(String role) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("canbo", "x",
					List.of(new SimpleGrantedAuthority(role))));
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		messages.addMessage("nav.home", Locale.ROOT, "Home");
		messages.addMessage("nav.home", Locale.of("vi"), "Trang chủ");
		messages.addMessage("nav.tools", Locale.ROOT, "Tools");
		messages.addMessage("nav.tools", Locale.of("vi"), "Công cụ");
		messages.addMessage("nav.administration", Locale.ROOT, "Administration");
		return messages;
	}

}
