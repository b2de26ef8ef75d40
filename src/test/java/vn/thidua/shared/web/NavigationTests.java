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

		signIn("ROLE_ADMIN");
		assertThat(navigation.menu(Locale.ENGLISH).items()).extracting(Navigation.Item::section).contains("audit");
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
		return messages;
	}

}
