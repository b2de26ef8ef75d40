package vn.thidua.account;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

class KeptSecurityContextsTests {

	private final SerializingConverter serializer = new SerializingConverter();

	private final KeptSecurityContexts conversion = new KeptSecurityContexts(new DeserializingConverter());

	@Test
	void theSameStoredSignInIsReadOnceAndHandedOutInAFreshContextEachTime() {
		byte[] stored = serializer.convert(signedIn("canbo.vinhlong"));

		SecurityContext first = (SecurityContext) conversion.convert(stored);
		SecurityContext second = (SecurityContext) conversion.convert(stored.clone());

		assertThat(second).isNotSameAs(first);
		assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
		assertThat(second.getAuthentication().getName()).isEqualTo("canbo.vinhlong");

		first.setAuthentication(null);
		assertThat(((SecurityContext) conversion.convert(stored)).getAuthentication().getName())
			.as("a context signed out in place leaves the kept sign-in alone")
			.isEqualTo("canbo.vinhlong");
	}

	@Test
	void otherContentIsReadForItselfAndOtherAttributesEveryTime() {
		byte[] officer = serializer.convert(signedIn("canbo.vinhlong"));
		byte[] chair = serializer.convert(signedIn("hoidong.chutich"));
		conversion.convert(officer);

		assertThat(((SecurityContext) conversion.convert(chair)).getAuthentication().getName())
			.isEqualTo("hoidong.chutich");
		byte[] list = serializer.convert(new java.util.ArrayList<>(List.of("vi")));
		Object once = conversion.convert(list);
		assertThat(conversion.convert(list)).isEqualTo(once).isNotSameAs(once);
	}

	private static SecurityContext signedIn(String username) {
		return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_OFFICER"))));
	}

}
